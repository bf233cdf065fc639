package com.plandesk.provisioning.delegate;

import com.plandesk.provisioning.LifecycleRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The next term starts where the last one ended; its term process waits for its end. */
@Named("startNextTerm")
@ApplicationScoped
public class StartNextTerm implements JavaDelegate {

    @Inject
    LifecycleRuns lifecycleRuns;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, lifecycleRuns.nextTerm(ProcessVariables.serviceId(execution)));
    }
}
