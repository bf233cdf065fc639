package com.plandesk.provisioning.delegate;

import static com.plandesk.provisioning.ProvisioningService.SERVICE_ID;

import com.plandesk.platform.ProvisioningProgress;
import com.plandesk.service.WelcomeEmail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

@Named("sendWelcomeEmail")
@ApplicationScoped
public class SendWelcomeEmail implements JavaDelegate {

    @Inject
    WelcomeEmail welcomeEmail;

    @Override
    public void execute(DelegateExecution execution) {
        ProvisioningProgress.detail(execution, welcomeEmail.send((Long) execution.getVariable(SERVICE_ID)));
    }
}
