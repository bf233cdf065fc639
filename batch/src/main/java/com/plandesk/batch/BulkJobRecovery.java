package com.plandesk.batch;

import com.plandesk.bulk.BulkAssignment;
import com.plandesk.bulk.BulkAssignments;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every bulk run's job lives on one node, which renews the run's lease every few seconds while it lives. Every
 * node looks as often for runs whose lease ran out — their node was killed, or shut down — and goes on with
 * them from their checkpoint, so every valid row ends with exactly one service. Right after a start, this
 * node's own runs from before it are taken at once: this is the node that held them, and it is new.
 */
@Singleton
@Startup
public class BulkJobRecovery {

    private static final Logger LOG = Logger.getLogger(BulkJobRecovery.class.getName());
    private static final long EVERY_MILLIS = 5000;
    private static final int QUIET_ATTEMPTS = 12;

    @Resource
    private TimerService timers;

    @Inject
    private BulkAssignments bulkAssignments;

    @Inject
    private BulkAssignmentJobs jobs;

    private LocalDateTime startedAt;
    private boolean ownRunsTaken;
    private int failedAttempts;

    /** A few seconds after start, once the process engine and the rest of the EAR are up. */
    @PostConstruct
    void schedule() {
        startedAt = LocalDateTime.now();
        timers.createIntervalTimer(EVERY_MILLIS, EVERY_MILLIS, new TimerConfig("bulk run leases", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void renewAndRecover() {
        List<BulkAssignment> interrupted;
        try {
            bulkAssignments.renewLeases();
            interrupted = bulkAssignments.interrupted(startedAt, !ownRunsTaken);
        } catch (RuntimeException e) {
            // on a new database the schema is made by the ejb module's start-up, which may come after this one
            if (++failedAttempts >= QUIET_ATTEMPTS) {
                LOG.log(Level.WARNING, "Could not renew or look for interrupted bulk assignments", e);
            }
            return;
        }
        ownRunsTaken = true;
        failedAttempts = 0;
        for (BulkAssignment run : interrupted) {
            try {
                if (bulkAssignments.takeOver(run)) {
                    LOG.info(() -> "Bulk assignment " + run.getId() + " taken over from "
                            + (run.getOwnerNode() == null ? "an earlier start" : "node " + run.getOwnerNode()));
                    jobs.restart(run.getId(), run.getJobExecutionId());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not restart bulk assignment " + run.getId() + " (job execution "
                        + run.getJobExecutionId() + "): restart it from the job repository by hand", e);
            }
        }
    }
}
