package com.plandesk.provisioning.delegate;

import com.plandesk.provisioning.ProvisioningVariables;
import com.plandesk.service.ServiceLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service is SUSPENDED, with the reason in the customer's activity. */
@Named("recordSuspension")
@ApplicationScoped
public class RecordSuspension implements JavaDelegate {

    @Inject
    ServiceLifecycle lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
        boolean forRenewal = Boolean.TRUE.equals(execution.getVariable(ProvisioningVariables.FOR_RENEWAL));
        TaskDetail.show(execution, lifecycle.recordSuspension(ProcessVariables.serviceId(execution), forRenewal,
                ProcessVariables.text(execution, ProvisioningVariables.REASON),
                ProcessVariables.text(execution, ProvisioningVariables.ACTOR)));
    }
}
