package com.plandesk.provisioning.delegate;

import com.plandesk.service.WelcomeEmail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A business order's billing contact hears of the new service. */
@Named("notifyBillingContact")
@ApplicationScoped
public class NotifyBillingContact implements JavaDelegate {

    @Inject
    WelcomeEmail welcomeEmail;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, welcomeEmail.notifyBillingContact(ProcessVariables.serviceId(execution)));
    }
}
