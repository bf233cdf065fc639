package com.plandesk.provisioning.delegate;

import com.plandesk.service.NetworkActivation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Switches the service on in the network; the input parameter {@code networkService} says which. */
@Named("activateNetworkService")
@ApplicationScoped
public class ActivateNetworkService implements JavaDelegate {

    @Inject

    NetworkActivation network;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, network.activateOnNetwork(ProcessVariables.serviceId(execution),
                ProcessVariables.parameter(execution, "networkService")));
    }
}
