package com.plandesk.provisioning;

import com.plandesk.engine.RunProgress;
import com.plandesk.kernel.PlanDeskException;
import com.plandesk.kernel.Settings;
import com.plandesk.provisioning.ProvisioningLogEntry.Level;
import com.plandesk.service.Service;
import com.plandesk.service.ServiceRecords;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Records provisionings' progress as the engine reports it (through {@link ProvisioningRuns}): tasks done,
 * success — the service becomes ACTIVE — failed attempts and failure; and fails runs that time out.
 */
@Stateless
@PermitAll
public class ProvisioningProgress {

    @Inject
    private EntityManager em;

    @Inject
    private ServiceRecords services;

    @Inject
    private Event<ProvisioningEnded> endings;

    @Inject
    private LifecycleRuns lifecycleRuns;

    /**
     * What one engine transaction did for a provisioning, written at once: its finished tasks (DONE, with their
     * detail and time) and, when the process ended in it, success — the service becomes ACTIVE. One update of the
     * provisioning's row: the log shows the "Done" and "Succeeded" lines from it (see {@link ProvisioningQueries#log}), so the happy
     * path writes no log rows.
     */
    public void progressed(Long provisioningId, List<RunProgress.FinishedTask> done, boolean ended) {
        Provisioning provisioning = find(provisioningId);
        provisioning.progressed(done);
        if (ended) {
            provisioning.succeeded();
            ended(provisioning);
        }
    }

    /**
     * The run's process is ending, in its last transaction: an assignment's service becomes ACTIVE and, when it
     * has terms, its term process starts; a renewal resumes a service it had suspended. Done while the engine
     * still executes, so that a process started here is written with this transaction.
     */
    public void ending(Long provisioningId) {
        Provisioning provisioning = find(provisioningId);
        switch (provisioning.getAction()) {
            case ASSIGN -> {
                Service service = services.activate(provisioning.getServiceId());
                if (service != null && service.getCurrentTermEnd() != null) {
                    lifecycleRuns.startTerm(service);
                }
            }
            case RENEW -> lifecycleRuns.renewed(provisioning.getServiceId());
            default -> {
                // the process's own tasks recorded the change
            }
        }
    }

    /**
     * A task failed and will be tried again. A try scheduled later (a renewal's, an hour on) is waited for: the
     * run's timeout counts from then.
     */
    public void attemptFailed(Long provisioningId, String name, int retriesLeft, String error, LocalDateTime nextTry) {
        boolean later = nextTry != null && nextTry.isAfter(LocalDateTime.now().plusSeconds(1));
        if (later) {
            find(provisioningId).waitsUntil(nextTry);
        }
        log(provisioningId, Level.WARN, name, "Attempt failed (" + retriesLeft + " more to go"
                + (later ? ", next at " + nextTry.withNano(0) : "") + "): " + error);
    }

    /** A task used up its retries: FAILED with the cause; the service stays INACTIVE, its items held. */
    public void failed(Long provisioningId, String activityId, String name, String error) {
        Provisioning provisioning = find(provisioningId);
        provisioning.failed(error);
        provisioning.taskFailed(activityId);
        log(provisioningId, Level.ERROR, name, error);
        ended(provisioning);
        if (provisioning.getAction() == ProvisioningAction.RENEW) {
            lifecycleRuns.renewalFailed(provisioning, error);
        }
    }

    /** Run by {@link ProvisioningTimeouts}: runs without progress for the timeout are FAILED as timed out. */
    public int failTimedOut() {
        int seconds = Settings.provisioningTimeoutSeconds();
        List<Provisioning> stuck = em.createQuery("""
                        select p from Provisioning p where p.status = :running and p.lastProgressAt < :before""",
                        Provisioning.class)
                .setParameter("running", ProvisioningStatus.RUNNING)
                .setParameter("before", LocalDateTime.now().minusSeconds(seconds))
                .setMaxResults(100)
                .getResultList();
        for (Provisioning provisioning : stuck) {
            String message = "Timed out: no progress for " + describe(seconds) + ". Check the systems, then retry.";
            provisioning.timedOut(message, seconds);
            log(provisioning.getId(), Level.ERROR, null, message);
            ended(provisioning);
        }
        return stuck.size();
    }

    private void ended(Provisioning provisioning) {
        endings.fire(new ProvisioningEnded(provisioning.getId(), provisioning.getBulkAssignmentId()));
    }

    private static String describe(int seconds) {
        return seconds % 60 == 0 ? seconds / 60 + " minute" + (seconds == 60 ? "" : "s") : seconds + " seconds";
    }

    private Provisioning find(Long provisioningId) {
        Provisioning provisioning = provisioningId == null ? null : em.find(Provisioning.class, provisioningId);
        if (provisioning == null) {
            throw PlanDeskException.notFound("id", "Provisioning " + provisioningId + " does not exist.");
        }
        return provisioning;
    }

    private void log(Long provisioningId, Level level, String task, String message) {
        em.persist(new ProvisioningLogEntry(provisioningId, level, task, message));
    }
}
