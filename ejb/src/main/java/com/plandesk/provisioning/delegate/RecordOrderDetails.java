package com.plandesk.provisioning.delegate;

import com.plandesk.assignment.Assignments;
import com.plandesk.service.ServiceRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The order's PO number, site, contacts and custom fields go on the service. */
@Named("recordOrderDetails")
@ApplicationScoped
public class RecordOrderDetails implements JavaDelegate {

    @Inject
    ServiceRecords services;

    @Inject
    Assignments assignments;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, services.recordOrderDetails(ProcessVariables.serviceId(execution),
                assignments.orderOf(ProcessVariables.assignmentId(execution))));
    }
}
