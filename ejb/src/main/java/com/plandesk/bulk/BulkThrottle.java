package com.plandesk.bulk;

import com.plandesk.kernel.Settings;
import com.plandesk.provisioning.ProvisioningStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bulk throttle, one for the server: a run starts rows only while they fit under the limit beside the bulk
 * provisionings still running and the rows other runs are starting right now, so staff at the counter are not
 * queued behind files — runs side by side share the limit instead of each counting it for itself. It also
 * knows which runs are waiting for room, for the screen to say so.
 */
@ApplicationScoped
public class BulkThrottle {

    private static final long LOOK_AGAIN_MILLIS = 200;

    @Inject
    private EntityManager em;

    /** Rows given room whose transaction has not ended: not yet counted among the provisionings running. */
    private int starting;
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();

    /** The limit: at least one, so a run always goes on. */
    public int limit() {
        return Math.max(1, Settings.bulkMaxInFlight());
    }

    /**
     * Waits until this many rows of the run fit under the limit and counts them as starting; the caller must
     * call {@link #ended} with the same number once their transaction has committed or rolled back.
     */
    public void awaitRoom(Long bulkAssignmentId, int rows) throws InterruptedException {
        try {
            while (!take(rows)) {
                waiting.add(bulkAssignmentId);
                Thread.sleep(LOOK_AGAIN_MILLIS);
            }
        } finally {
            waiting.remove(bulkAssignmentId);
        }
    }

    private synchronized boolean take(int rows) {
        if (provisioningsInFlight() + starting + rows > limit()) {
            return false;
        }
        starting += rows;
        return true;
    }

    /** The rows' transaction has ended: those that started are now counted among the provisionings running. */
    public synchronized void ended(int rows) {
        starting -= rows;
    }

    /** Whether the run is waiting for room right now. */
    public boolean isWaiting(Long bulkAssignmentId) {
        return waiting.contains(bulkAssignmentId);
    }

    /** Provisionings of bulk runs still running: what the limit counts, with the rows starting. */
    public int provisioningsInFlight() {
        return em.createQuery("""
                        select count(p) from Provisioning p
                        where p.status = :running and p.bulkAssignmentId is not null""", Long.class)
                .setParameter("running", ProvisioningStatus.RUNNING).getSingleResult().intValue();
    }
}
