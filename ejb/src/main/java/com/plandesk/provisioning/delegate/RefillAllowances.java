package com.plandesk.provisioning.delegate;

import com.plandesk.service.OcsAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The plan's allowances reset to the full amount for the new term. */
@Named("refillAllowances")
@ApplicationScoped
public class RefillAllowances implements JavaDelegate {

    @Inject
    OcsAccounts ocsAccounts;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, ocsAccounts.refillAllowances(ProcessVariables.serviceId(execution), ProcessVariables.provisioningId(execution)));
    }
}
