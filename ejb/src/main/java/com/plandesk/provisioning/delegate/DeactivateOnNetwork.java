package com.plandesk.provisioning.delegate;

import com.plandesk.service.NetworkActivation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service leaves the network. */
@Named("deactivateOnNetwork")
@ApplicationScoped
public class DeactivateOnNetwork implements JavaDelegate {

    @Inject
    NetworkActivation network;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, network.deactivate(ProcessVariables.serviceId(execution)));
    }
}
