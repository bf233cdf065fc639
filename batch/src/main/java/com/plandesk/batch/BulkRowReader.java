package com.plandesk.batch;

import com.plandesk.bulk.BulkAssignments;
import com.plandesk.bulk.BulkCsv;
import com.plandesk.bulk.BulkRow;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Reads the run's file (stored with the run) and hands out its rows with the template settings applied and their
 * idempotency keys ({@link BulkCsv#rows}). A key counts identical rows before it, so the whole file is read on
 * open; the checkpoint is the number of rows handed out.
 */
@Named
@Dependent
public class BulkRowReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String bulkAssignmentId;

    @Inject
    private BulkAssignments bulkAssignments;

    private List<BulkRow> rows;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        Long id = Long.valueOf(bulkAssignmentId);
        if (rows == null) { // opened again after a chunk rolled back: the file has not changed
            rows = BulkCsv.rows(bulkAssignments.file(id), bulkAssignments.run(id).defaults());
        }
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public BulkRow readItem() {
        return next < rows.size() ? rows.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
