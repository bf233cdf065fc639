package com.plandesk.provisioning.delegate;

import com.plandesk.service.Installations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The engineer's installation ticket. */
@Named("createInstallationTicket")
@ApplicationScoped
public class CreateInstallationTicket implements JavaDelegate {

    @Inject

    Installations installations;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, installations.createInstallationTicket(ProcessVariables.serviceId(execution)));
    }
}
