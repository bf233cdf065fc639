package com.plandesk.provisioning.delegate;

import com.plandesk.service.OcsAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service's OCS account is removed. */
@Named("removeOcsAccount")
@ApplicationScoped
public class RemoveOcsAccount implements JavaDelegate {

    @Inject
    OcsAccounts ocsAccounts;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, ocsAccounts.removeOcsAccount(ProcessVariables.serviceId(execution)));
    }
}
