package com.plandesk.batch;

import com.plandesk.bulk.BulkAssignment;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a start, bulk runs a crash cut off go on from their checkpoint: every valid row ends with exactly one
 * service. Done a few seconds after start, once the process engine and the rest of the EAR are up.
 */
@Singleton
@Startup
public class BulkJobRecovery {

    private static final Logger LOG = Logger.getLogger(BulkJobRecovery.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private BulkAssignmentJobs jobs;

    private static final long DELAY_MILLIS = 5000;
    private static final int ATTEMPTS = 12;

    private LocalDateTime startedAt;
    private int attempts;

    @PostConstruct
    void scheduleRecovery() {
        startedAt = LocalDateTime.now();
        timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig("bulk job recovery", false));
    }

    /**
     * Runs still RUNNING (or STOPPED by a shutdown) that were uploaded before this start: a run uploaded since
     * is never taken for cut off. Tried again a few seconds later while the database is not ready yet (on a new
     * database the schema is created by the ejb module's start-up, which may come after this one).
     */
    @Timeout
    void recover() {
        List<BulkAssignment> interrupted;
        try {
            interrupted = jobs.interrupted(startedAt);
        } catch (RuntimeException e) {
            if (++attempts < ATTEMPTS) {
                timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig("bulk job recovery", false));
            } else {
                LOG.log(Level.WARNING, "Could not look for interrupted bulk assignments", e);
            }
            return;
        }
        for (BulkAssignment run : interrupted) {
            try {
                jobs.restart(run.getId(), run.getJobExecutionId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not restart bulk assignment " + run.getId() + " (job execution "
                        + run.getJobExecutionId() + "): restart it from the job repository by hand", e);
            }
        }
    }
}
