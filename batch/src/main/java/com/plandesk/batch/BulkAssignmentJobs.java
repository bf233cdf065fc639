package com.plandesk.batch;

import com.plandesk.bulk.BulkAssignment;
import com.plandesk.bulk.BulkAssignments;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
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
     * Runs whose job was cut off (the server was killed): the job repository still says STARTED. A plain
     * restart (JBeret's "detect" mode) marks that execution FAILED and goes on from its last checkpoint.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int restartInterrupted() {
        int restarted = 0;
        JobOperator operator = operator();
        for (BulkAssignment run : bulkAssignments.interrupted()) {
            BatchStatus status = operator.getJobExecution(run.getJobExecutionId()).getBatchStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
                continue;
            }
            long execution = operator.restart(run.getJobExecutionId(), parameters(run.getId()));
            LOG.info("Bulk assignment " + run.getId() + ": job restarted from its checkpoint (execution "
                    + execution + ")");
            restarted++;
        }
        return restarted;
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
