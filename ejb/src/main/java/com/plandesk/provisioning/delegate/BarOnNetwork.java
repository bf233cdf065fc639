package com.plandesk.provisioning.delegate;

import com.plandesk.service.NetworkActivation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Bars (input parameter barred=true) or unbars the service in the network. */
@Named("barOnNetwork")
@ApplicationScoped
public class BarOnNetwork implements JavaDelegate {

    @Inject
    NetworkActivation network;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, network.bar(ProcessVariables.serviceId(execution),
                Boolean.parseBoolean(ProcessVariables.parameter(execution, "barred"))));
    }
}
