package com.plandesk.cluster;

import com.plandesk.kernel.Settings;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Readiness: the database was reached at the last heartbeat (at most 5 s ago), this node's clock agrees with
 * it, and no node started later with other processes. Reported by {@code com.plandesk.health}.
 */
@Stateless
@Local(HealthCheck.class)
public class DatabaseReadiness implements HealthCheck {

    @EJB
    private ClusterNode node;

    @Override
    public HealthCheckResponse call() {
        ClusterView view = node.view();
        if (view == null) {
            return HealthCheckResponse.named("database").down()
                    .withData("problem", "the database cannot be reached").build();
        }
        String problem = view.problem(Settings.maxClockOffsetMillis());
        return HealthCheckResponse.named("database").status(problem == null)
                .withData("node", view.name())
                .withData("clockOffsetMs", view.clockOffsetMs())
                .withData("processes", view.processes().substring(0, 12))
                .withData("nodesAlive", String.join(", ", view.alive().stream().map(ClusterView.Node::name).toList()))
                .withData("problem", problem == null ? "" : problem)
                .build();
    }
}
