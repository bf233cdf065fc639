package com.plandesk.provisioning.delegate;

import com.plandesk.service.WelcomeEmail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The customer's welcome e-mail, sent once. */
@Named("sendWelcomeEmail")
@ApplicationScoped
public class SendWelcomeEmail implements JavaDelegate {

    @Inject
    WelcomeEmail welcomeEmail;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, welcomeEmail.send(ProcessVariables.serviceId(execution)));
    }
}
