package com.plandesk.provisioning.delegate;

import com.plandesk.service.ServiceLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service's items go back by their template's rule: retired, quarantined or in stock. */
@Named("returnInventory")
@ApplicationScoped
public class ReturnInventory implements JavaDelegate {

    @Inject
    ServiceLifecycle lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, lifecycle.returnItems(ProcessVariables.serviceId(execution)));
    }
}
