package com.plandesk.provisioning.delegate;

import com.plandesk.service.OcsAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A renewal's charge: the term's price debited on the OCS, once per renewal, and recorded. */
@Named("chargeTerm")
@ApplicationScoped
public class ChargeTerm implements JavaDelegate {

    @Inject
    OcsAccounts ocsAccounts;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, ocsAccounts.chargeTerm(ProcessVariables.serviceId(execution), ProcessVariables.provisioningId(execution)));
    }
}
