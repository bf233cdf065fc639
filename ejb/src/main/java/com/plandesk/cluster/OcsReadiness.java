package com.plandesk.cluster;

import com.plandesk.connector.ocs.OcsConnector;
import com.plandesk.connector.ocs.OcsHealth;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Readiness: the OCS answers (a node that cannot charge takes no new work). Reported by {@code com.plandesk.health}. */
@Stateless
@Local(HealthCheck.class)
public class OcsReadiness implements HealthCheck {

    @Inject
    private OcsConnector ocs;

    @Override
    public HealthCheckResponse call() {
        OcsHealth health = ocs.health();
        return HealthCheckResponse.named("ocs").status(health.reachable())
                .withData("millis", health.millis())
                .withData("problem", health.problem() == null ? "" : health.problem())
                .build();
    }
}
