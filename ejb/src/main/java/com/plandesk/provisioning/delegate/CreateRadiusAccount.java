package com.plandesk.provisioning.delegate;

import com.plandesk.service.NetworkActivation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The internet service's RADIUS account, bound to its modem. */
@Named("createRadiusAccount")
@ApplicationScoped
public class CreateRadiusAccount implements JavaDelegate {

    @Inject

    NetworkActivation network;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, network.createRadiusAccount(ProcessVariables.serviceId(execution)));
    }
}
