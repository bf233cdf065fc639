package com.plandesk.provisioning;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/** Fails runs that made no progress for the configured timeout (PLANDESK_PROVISIONING_TIMEOUT_SECONDS). */
@Singleton
public class ProvisioningTimeouts {

    @EJB
    private ProvisioningProgress progress;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void failTimedOut() {
        progress.failTimedOut();
    }
}
