package com.plandesk.provisioning.delegate;

import com.plandesk.service.ServiceRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Completes the service record and names it ("Mobile - +44 7700 900123"). */
@Named("createServiceRecord")
@ApplicationScoped
public class CreateServiceRecord implements JavaDelegate {

    @Inject
    ServiceRecords services;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, services.completeRecord(ProcessVariables.serviceId(execution)));
    }
}
