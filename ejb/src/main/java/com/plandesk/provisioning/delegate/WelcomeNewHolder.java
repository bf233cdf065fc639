package com.plandesk.provisioning.delegate;

import com.plandesk.service.WelcomeEmail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The moved service's new holder is welcomed. */
@Named("welcomeNewHolder")
@ApplicationScoped
public class WelcomeNewHolder implements JavaDelegate {

    @Inject
    WelcomeEmail welcome;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, welcome.sendToNewHolder(ProcessVariables.serviceId(execution)));
    }
}
