package com.plandesk.batch;

import com.plandesk.bulk.BulkAssignments;
import com.plandesk.bulk.BulkCsv;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the run's file (stored with the run) with Commons CSV, row by row. Each row gets its idempotency key,
 * which counts identical rows before it, so the whole file is read on open; the checkpoint is the number of
 * rows handed out.
 */
@Named
@Dependent
public class BulkRowReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String bulkAssignmentId;

    @Inject
    private BulkAssignments bulkAssignments;

    private List<BulkRowItem> rows;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        Long id = Long.valueOf(bulkAssignmentId);
        Map<String, String> defaults = bulkAssignments.find(id).defaultsMap();
        Map<String, Integer> seen = new HashMap<>();
        rows = new ArrayList<>();
        BulkCsv.read(bulkAssignments.file(id), 0, header -> { }, row -> {
            Map<String, String> cells = BulkCsv.withDefaults(row.cells(), defaults);
            int occurrence = seen.merge(BulkCsv.key(cells, 0), 1, Integer::sum);
            rows.add(new BulkRowItem(row, BulkCsv.key(cells, occurrence)));
        });
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < rows.size() ? rows.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
