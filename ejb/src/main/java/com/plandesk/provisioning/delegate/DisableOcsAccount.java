package com.plandesk.provisioning.delegate;

import com.plandesk.service.OcsAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Disables (input parameter disabled=true) or enables the service's OCS account. */
@Named("disableOcsAccount")
@ApplicationScoped
public class DisableOcsAccount implements JavaDelegate {

    @Inject
    OcsAccounts ocsAccounts;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, ocsAccounts.setOcsAccountDisabled(ProcessVariables.serviceId(execution),
                Boolean.parseBoolean(ProcessVariables.parameter(execution, "disabled"))));
    }
}
