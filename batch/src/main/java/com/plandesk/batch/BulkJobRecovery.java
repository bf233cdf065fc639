package com.plandesk.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** Found at start, before anyone can submit: a run submitted after the start is never taken for cut off. */
    private final Map<Long, Long> interrupted = new LinkedHashMap<>();

    @PostConstruct
    void scheduleRecovery() {
        jobs.interrupted().forEach(run -> interrupted.put(run.getId(), run.getJobExecutionId()));
        if (!interrupted.isEmpty()) {
            timers.createSingleActionTimer(3000, new TimerConfig("bulk job recovery", false));
        }
    }

    @Timeout
    void recover() {
        interrupted.forEach((run, execution) -> {
            try {
                jobs.restart(run, execution);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not restart bulk assignment " + run + " (job execution " + execution
                        + "): restart it from the job repository by hand", e);
            }
        });
        interrupted.clear();
    }
}
