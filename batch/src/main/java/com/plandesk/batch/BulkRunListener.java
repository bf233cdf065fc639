package com.plandesk.batch;

import com.plandesk.bulk.BulkAssignmentStatus;
import com.plandesk.bulk.BulkAssignments;
import com.plandesk.bulk.BulkThrottle;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Keeps the bulk run's status in step with its job: RUNNING with the execution id, then how it ended. */
@Named
@Dependent
public class BulkRunListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    private String bulkAssignmentId;

    @Inject
    private JobContext job;

    @Inject
    private BulkAssignments bulkAssignments;

    @Inject
    private BulkThrottle throttle;

    @Override
    public void beforeJob() {
        bulkAssignments.jobStarted(Long.valueOf(bulkAssignmentId), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        throttle.ended(Long.valueOf(bulkAssignmentId));
        BatchStatus status = job.getBatchStatus();
        boolean failed = status == BatchStatus.FAILED || job.getExitStatus() != null
                && job.getExitStatus().startsWith("FAILED");
        bulkAssignments.jobEnded(Long.valueOf(bulkAssignmentId),
                failed ? BulkAssignmentStatus.FAILED
                        : status == BatchStatus.STOPPING || status == BatchStatus.STOPPED ? BulkAssignmentStatus.STOPPED
                        : BulkAssignmentStatus.COMPLETED,
                failed ? "The job failed: see the server log; restart it to go on from its last checkpoint." : null);
    }
}
