package com.plandesk.provisioning.delegate;

import com.plandesk.provisioning.ProvisioningVariables;
import com.plandesk.service.ServiceLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service is ACTIVE again. */
@Named("recordResumption")
@ApplicationScoped
public class RecordResumption implements JavaDelegate {

    @Inject
    ServiceLifecycle lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, lifecycle.recordResumption(ProcessVariables.serviceId(execution),
                ProcessVariables.text(execution, ProvisioningVariables.ACTOR)));
    }
}
