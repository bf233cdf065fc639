package com.plandesk.provisioning;

import com.plandesk.cluster.ClusterTimers;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.Duration;

/**
 * Fails runs that made no progress for the configured timeout (PLANDESK_PROVISIONING_TIMEOUT_SECONDS): once
 * across the cluster.
 */
@Singleton
public class ProvisioningTimeouts {

    static final String TIMER = "provisioning-timeouts";

    @EJB
    private ProvisioningProgress progress;

    @EJB
    private ClusterTimers clusterTimers;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void failTimedOut() {
        if (clusterTimers.takeTurn(TIMER, Duration.ofSeconds(5))) {
            progress.failTimedOut();
        }
    }
}
