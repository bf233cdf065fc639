package com.plandesk.inventory;

import com.plandesk.cluster.ClusterTimers;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.Duration;

/**
 * Gives the items of expired reservations, and numbers out of quarantine, back to the stock twice a minute:
 * once across the cluster.
 */
@Singleton
public class ReservationExpiry {

    static final String TIMER = "reservation-expiry";

    @EJB
    private Reservations reservations;

    @EJB
    private ItemHolds itemHolds;

    @EJB
    private ClusterTimers clusterTimers;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    void releaseExpired() {
        if (clusterTimers.takeTurn(TIMER, Duration.ofSeconds(30))) {
            reservations.releaseExpired();
            itemHolds.releaseQuarantined();
        }
    }
}
