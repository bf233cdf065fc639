package com.plandesk.provisioning.delegate;

import com.plandesk.assignment.Assignments;
import com.plandesk.service.Installations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The installation date asked for, or the third working day. */
@Named("scheduleInstallation")
@ApplicationScoped
public class ScheduleInstallation implements JavaDelegate {

    @Inject

    Installations installations;

    @Inject
    Assignments assignments;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, installations.scheduleInstallation(ProcessVariables.serviceId(execution),
                assignments.orderOf(ProcessVariables.assignmentId(execution)).getInstallationDate()));
    }
}
