package com.plandesk.cluster;

import com.plandesk.kernel.Settings;
import com.plandesk.persistence.DatabaseClock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Timers that must run once across the cluster although every node schedules them. Each turn is taken in the
 * caller's transaction by moving the timer's row on: a node that finds the turn taken within the period does
 * nothing, and a node that comes while another holds the row waits for it, then finds the turn taken.
 */
@Stateless
public class ClusterTimers {

    @Inject
    private EntityManager em;

    @Inject
    private DatabaseClock clock;

    /** True when this node takes the timer's turn: then it does the work, in this same transaction. */
    public boolean takeTurn(String timer, Duration period) {
        LocalDateTime now = clock.now();
        // a turn is due a little before a whole period has passed: nodes' ticks drift against each other
        LocalDateTime dueAfter = now.minus(period.minus(period.dividedBy(5)));
        return em.createNativeQuery("""
                        UPDATE cluster_timer SET last_run_at = ?, last_run_by = ?
                        WHERE name = ? AND (last_run_at IS NULL OR last_run_at <= ?)""")
                .setParameter(1, now)
                .setParameter(2, Settings.nodeName())
                .setParameter(3, timer)
                .setParameter(4, dueAfter)
                .executeUpdate() == 1;
    }
}
