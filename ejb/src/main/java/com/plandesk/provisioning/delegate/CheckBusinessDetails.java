package com.plandesk.provisioning.delegate;

import com.plandesk.assignment.Assignments;
import com.plandesk.service.ServiceRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A business order's site and contacts belong to its customer. */
@Named("checkBusinessDetails")
@ApplicationScoped
public class CheckBusinessDetails implements JavaDelegate {

    @Inject
    ServiceRecords services;

    @Inject
    Assignments assignments;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, services.checkBusinessDetails(ProcessVariables.customerId(execution),
                assignments.orderOf(ProcessVariables.assignmentId(execution))));
    }
}
