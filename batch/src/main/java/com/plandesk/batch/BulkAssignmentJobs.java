package com.plandesk.batch;

import com.plandesk.bulk.BulkAssignment;
import com.plandesk.bulk.BulkAssignments;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/** Starts bulk runs as jobs, and after a crash restarts the ones that were cut off. */
@Stateless
public class BulkAssignmentJobs {

    static final String JOB = "bulk-assignment";
    private static final Logger LOG = Logger.getLogger(BulkAssignmentJobs.class.getName());

    @Inject
    private BulkAssignments bulkAssignments;

    /**
     * Checks and records the file (its own transaction: refused files leave nothing), then starts its job,
     * which must find the run committed.
     */
    @RolesAllowed("supervisor")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Long submit(String fileName, byte[] file, Map<String, String> defaults, boolean dryRun, String actor) {
        BulkAssignment run = bulkAssignments.create(fileName, file, defaults, dryRun, actor);
        operator().start(JOB, parameters(run.getId())); // its listener records the execution on the run
        return run.getId();
    }

    /** Runs a checked file (a dry run) for real, with the same template settings. */
    @RolesAllowed("supervisor")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Long runChecked(Long dryRunId, String actor) {
        BulkAssignment checked = bulkAssignments.find(dryRunId);
        return submit(checked.getFileName(), bulkAssignments.file(dryRunId).getBytes(StandardCharsets.UTF_8),
                checked.defaultsMap(), false, actor);
    }

    /**
     * Goes on with a run whose job was cut off, from its last checkpoint: JBeret marks the old execution
     * FAILED and starts a new one. Called only for a run this node has just taken over (its node gone), so the
     * "force" restart mode is safe (the default "detect" guesses from what this JVM has in memory).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long restart(Long bulkAssignmentId, long jobExecutionId) {
        Properties parameters = parameters(bulkAssignmentId);
        parameters.setProperty("jberet.restart.mode", "force");
        long execution = operator().restart(jobExecutionId, parameters);
        LOG.info("Bulk assignment " + bulkAssignmentId + ": job restarted from its checkpoint (execution "
                + execution + ")");
        return execution;
    }

    private static Properties parameters(Long bulkAssignmentId) {
        Properties parameters = new Properties();
        parameters.setProperty("bulkAssignmentId", String.valueOf(bulkAssignmentId));
        return parameters;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
