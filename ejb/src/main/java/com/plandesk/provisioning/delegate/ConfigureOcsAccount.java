package com.plandesk.provisioning.delegate;

import com.plandesk.service.OcsAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Opens or updates the service's charging account (CGRateS): the first term's allowance, the setup fee charged. */
@Named("configureOcsAccount")
@ApplicationScoped
public class ConfigureOcsAccount implements JavaDelegate {

    @Inject

    OcsAccounts ocsAccounts;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, ocsAccounts.configureOcsAccount(ProcessVariables.serviceId(execution),
                ProcessVariables.provisioningId(execution)));
    }
}
