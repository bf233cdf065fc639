package com.plandesk.provisioning.delegate;

import com.plandesk.provisioning.LifecycleRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The term ended: starts the renewal (auto-renew on) or the expiry (off). */
@Named("startTermEnd")
@ApplicationScoped
public class StartTermEnd implements JavaDelegate {

    @Inject
    LifecycleRuns lifecycleRuns;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, lifecycleRuns.termEnded(ProcessVariables.serviceId(execution)));
    }
}
