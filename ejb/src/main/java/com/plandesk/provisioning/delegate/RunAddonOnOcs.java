package com.plandesk.provisioning.delegate;

import com.plandesk.service.OcsAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Runs the add-on's action on the service's existing OCS account, once per provisioning. */
@Named("runAddonOnOcs")
@ApplicationScoped
public class RunAddonOnOcs implements JavaDelegate {

    @Inject

    OcsAccounts ocsAccounts;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, ocsAccounts.runAddon(ProcessVariables.serviceId(execution),
                ProcessVariables.productId(execution), ProcessVariables.provisioningId(execution)));
    }
}
