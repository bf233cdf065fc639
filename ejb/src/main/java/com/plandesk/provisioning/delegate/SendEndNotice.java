package com.plandesk.provisioning.delegate;

import com.plandesk.service.ServiceLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The customer hears that the service ended. */
@Named("sendEndNotice")
@ApplicationScoped
public class SendEndNotice implements JavaDelegate {

    @Inject
    ServiceLifecycle lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, lifecycle.sendEndNotice(ProcessVariables.serviceId(execution)));
    }
}
