package com.plandesk.cluster;

import com.plandesk.engine.ProcessEngineBootstrap;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Readiness: this node's job executor is taking provisioning jobs. Reported by {@code com.plandesk.health}. */
@Stateless
@Local(HealthCheck.class)
public class JobExecutorReadiness implements HealthCheck {

    @EJB
    private ProcessEngineBootstrap engine;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("job-executor").status(engine.jobExecutorActive()).build();
    }
}
