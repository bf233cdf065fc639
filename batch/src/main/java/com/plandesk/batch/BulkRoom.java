package com.plandesk.batch;

import com.plandesk.bulk.BulkAssignments;
import com.plandesk.bulk.BulkThrottle;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractCheckpointAlgorithm;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The chunks of a bulk run: a chunk holds up to {@code rows} rows (fewer when the throttle's limit is lower), and
 * begins only when they fit under the {@link BulkThrottle}'s limit. The batch runtime asks before it begins the
 * chunk's transaction, so a run waiting for room holds no transaction and no connection.
 */
@Named
@Dependent
public class BulkRoom extends AbstractCheckpointAlgorithm {

    @Inject
    @BatchProperty
    private String bulkAssignmentId;

    @Inject
    @BatchProperty
    private String rows;

    @Inject
    private BulkAssignments bulkAssignments;

    @Inject
    private BulkThrottle throttle;

    private Long id;
    private boolean dryRun;
    private int chunkRows;
    private int read;

    @Override
    public void beginCheckpoint() throws Exception {
        if (id == null) {
            id = Long.valueOf(bulkAssignmentId);
            dryRun = bulkAssignments.run(id).dryRun();
        }
        read = 0;
        chunkRows = Math.min(Integer.parseInt(rows), throttle.limit());
        if (!dryRun) { // a dry run starts nothing
            throttle.awaitRoom(id, chunkRows);
        }
    }

    @Override
    public boolean isReadyToCheckpoint() {
        return ++read >= chunkRows;
    }

    @Override
    public void endCheckpoint() {
        throttle.ended(id);
    }
}
