package com.plandesk.provisioning.delegate;

import com.plandesk.provisioning.ProvisioningVariables;
import com.plandesk.service.ServiceLifecycle;
import com.plandesk.service.ServiceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service ends: EXPIRED at the end of a term without auto-renew, TERMINATED by staff. */
@Named("endService")
@ApplicationScoped
public class EndService implements JavaDelegate {

    @Inject
    ServiceLifecycle lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
        ServiceStatus ended = "EXPIRE".equals(ProcessVariables.text(execution, ProvisioningVariables.ACTION))
                ? ServiceStatus.EXPIRED : ServiceStatus.TERMINATED;
        TaskDetail.show(execution, lifecycle.end(ProcessVariables.serviceId(execution), ended,
                ProcessVariables.text(execution, ProvisioningVariables.REASON),
                ProcessVariables.text(execution, ProvisioningVariables.ACTOR)));
    }
}
