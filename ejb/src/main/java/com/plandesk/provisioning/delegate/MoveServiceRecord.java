package com.plandesk.provisioning.delegate;

import com.plandesk.provisioning.ProvisioningVariables;
import com.plandesk.service.ServiceLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service, its items and its OCS account go to the right customer; both customers' activity says so. */
@Named("moveServiceRecord")
@ApplicationScoped
public class MoveServiceRecord implements JavaDelegate {

    @Inject
    ServiceLifecycle lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
        Object to = execution.getVariable(ProvisioningVariables.TO_CUSTOMER_ID);
        TaskDetail.show(execution, lifecycle.move(ProcessVariables.serviceId(execution), ((Number) to).longValue(),
                ProcessVariables.text(execution, ProvisioningVariables.ACTOR)));
    }
}
