package com.plandesk.provisioning.delegate;

import com.plandesk.service.OcsAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service receiving an add-on is active and of the add-on's service type. */
@Named("checkAddonTarget")
@ApplicationScoped
public class CheckAddonTarget implements JavaDelegate {

    @Inject

    OcsAccounts ocsAccounts;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, ocsAccounts.checkAddonTarget(ProcessVariables.serviceId(execution),
                ProcessVariables.productId(execution)));
    }
}
