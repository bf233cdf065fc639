package com.plandesk.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
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

    @PostConstruct
    void scheduleRecovery() {
        timers.createSingleActionTimer(3000, new TimerConfig("bulk job recovery", false));
    }

    @Timeout
    void recover() {
        try {
            int restarted = jobs.restartInterrupted();
            if (restarted > 0) {
                LOG.info("Restarted " + restarted + " interrupted bulk assignment job(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not restart interrupted bulk assignment jobs", e);
        }
    }
}
