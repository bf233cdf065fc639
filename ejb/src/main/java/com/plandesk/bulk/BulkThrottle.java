package com.plandesk.bulk;

import com.plandesk.kernel.Settings;
import com.plandesk.provisioning.ProvisioningEnded;
import com.plandesk.provisioning.ProvisioningStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bulk throttle, one for the server: a run's chunk begins only when its rows fit under the limit beside the
 * bulk provisionings still running and the chunks other runs are assigning right now, so staff at the counter
 * are not queued behind files — runs side by side share the limit instead of each counting it for itself. A run
 * waits before its chunk's transaction begins, and is woken when a bulk provisioning ends. It also knows which
 * runs are waiting for room, for the screen to say so.
 */
@ApplicationScoped
public class BulkThrottle {

    /** Looks again this often while no wake-up comes: provisionings that ended on another server. */
    private static final long LOOK_AGAIN_MILLIS = 2000;

    @Inject
    private EntityManager em;

    /** An explicit lock, not synchronized methods: the bean's client proxy would hold a monitor of its own. */
    private final Lock lock = new ReentrantLock();
    private final Condition roomMade = lock.newCondition();
    /** The rows of each run's current chunk, given room: not yet counted among the provisionings running. */
    private final Map<Long, Integer> assigning = new HashMap<>();
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();

    /** The limit: at least one, so a run always goes on. */
    public int limit() {
        return Math.max(1, Settings.bulkMaxInFlight());
    }

    /**
     * Waits until a chunk of this many rows of the run fits under the limit, and gives it room until
     * {@link #ended}. A run's chunk replaces its previous one (a chunk rolled back ends without a commit).
     */
    public void awaitRoom(Long bulkAssignmentId, int rows) throws InterruptedException {
        lock.lock();
        try {
            assigning.remove(bulkAssignmentId);
            while (provisioningsInFlight() + assigning.values().stream().mapToInt(Integer::intValue).sum() + rows
                    > limit()) {
                waiting.add(bulkAssignmentId);
                roomMade.await(LOOK_AGAIN_MILLIS, TimeUnit.MILLISECONDS);
            }
            assigning.put(bulkAssignmentId, rows);
        } finally {
            waiting.remove(bulkAssignmentId);
            lock.unlock();
        }
    }

    /** The run's chunk committed (its rows are now provisionings running) or the run ended. */
    public void ended(Long bulkAssignmentId) {
        lock.lock();
        try {
            if (assigning.remove(bulkAssignmentId) != null) {
                roomMade.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    void provisioningEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProvisioningEnded ended) {
        if (ended.bulkAssignmentId() != null) {
            lock.lock();
            try {
                roomMade.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Whether the run is waiting for room right now. */
    public boolean isWaiting(Long bulkAssignmentId) {
        return waiting.contains(bulkAssignmentId);
    }

    /** Provisionings of bulk runs still running: what the limit counts, with the chunks being assigned. */
    public int provisioningsInFlight() {
        return em.createQuery("""
                        select count(p) from Provisioning p
                        where p.status = :running and p.bulkAssignmentId is not null""", Long.class)
                .setParameter("running", ProvisioningStatus.RUNNING).getSingleResult().intValue();
    }
}
