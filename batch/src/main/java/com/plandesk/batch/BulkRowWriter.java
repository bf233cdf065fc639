package com.plandesk.batch;

import static com.plandesk.kernel.Text.rootMessage;

import com.plandesk.bulk.BulkAssignment;
import com.plandesk.bulk.BulkAssignments;
import com.plandesk.bulk.BulkCsv;
import com.plandesk.bulk.BulkRowOutcome;
import com.plandesk.bulk.BulkRowStatus;
import com.plandesk.bulk.BulkThrottle;
import com.plandesk.bulk.StockCursor;
import com.plandesk.kernel.PlanDeskException;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Assigns a chunk's rows together, in one transaction ({@link BulkAssignments#processRows}); if any row fails,
 * nothing of the chunk is kept and each row is assigned in its own transaction ({@link BulkAssignments#processRow}),
 * where a refused row gets its reason and the job goes on: a bad row never stops the job. Rows start only when
 * they fit under the {@link BulkThrottle}'s limit, so staff at the counter are not queued behind a whole file.
 */
@Named
@Dependent
public class BulkRowWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(BulkRowWriter.class.getName());

    @Inject
    @BatchProperty
    private String bulkAssignmentId;

    @Inject
    private BulkAssignments bulkAssignments;

    @Inject
    private BulkThrottle throttle;

    private Long id;
    private boolean dryRun;
    private String requestedBy;
    private Map<String, String> defaults;
    private StockCursor stock = new StockCursor();

    @Override
    public void open(Serializable checkpoint) {
        id = Long.valueOf(bulkAssignmentId);
        BulkAssignment run = bulkAssignments.find(id);
        dryRun = run.isDryRun();
        requestedBy = run.getRequestedBy();
        defaults = run.defaultsMap();
    }

    @Override
    public void writeItems(List<Object> items) throws InterruptedException {
        List<BulkRowItem> rows = items.stream().map(BulkRowItem.class::cast).toList();
        if (dryRun) {
            for (BulkRowItem row : rows) {
                bulkAssignments.recordRow(id, row.row(), process(row));
            }
            return;
        }
        // a limit below a chunk's rows: room is made a row at a time, each row in its own transaction
        if (rows.size() > 1 && rows.size() <= throttle.limit()) {
            throttle.awaitRoom(id, rows.size());
            boolean committed;
            try {
                committed = assignTogether(rows);
            } finally {
                throttle.ended(rows.size());
            }
            if (committed) {
                return;
            }
        }
        for (BulkRowItem row : rows) {
            throttle.awaitRoom(id, 1);
            try {
                process(row);
            } finally {
                throttle.ended(1);
            }
        }
    }

    /** The whole chunk in one transaction; false if a row failed (then nothing of it was kept). */
    private boolean assignTogether(List<BulkRowItem> rows) {
        StockCursor trial = stock.copy();
        try {
            if (!bulkAssignments.processRows(id, rows.stream().map(BulkRowItem::row).toList(),
                    rows.stream().map(BulkRowItem::key).toList(), defaults, trial, requestedBy)) {
                return false;
            }
        } catch (EJBException e) { // the commit failed: a row collided with other work
            LOG.log(Level.FINE, "Bulk assignment " + id + ": chunk not committed, rows one by one", e);
            return false;
        }
        stock = trial;
        return true;
    }

    private BulkRowOutcome process(BulkRowItem row) {
        for (int attempt = 1; ; attempt++) {
            try {
                return bulkAssignments.processRow(id, row.row(), row.key(), defaults, dryRun, stock, requestedBy);
            } catch (PlanDeskException e) {
                // an item picked from stock was taken by someone else meanwhile: fresh stock may do
                if (BulkAssignments.STOCK_TAKEN.equals(e.error()) && attempt < 5) {
                    continue;
                }
                return reject(row, e.getMessage());
            } catch (EJBException e) {
                // the database rolled the row back to break a deadlock or a serialization conflict with other
                // work: nothing of it was kept, and the same row usually goes through a moment later
                if (givenWay(e) && attempt < 5) {
                    continue;
                }
                LOG.log(Level.WARNING, "Bulk assignment " + id + ", line " + row.row().line(), e);
                return reject(row, "Could not be assigned (" + rootMessage(e) + "): try this row again.");
            }
        }
    }

    private BulkRowOutcome reject(BulkRowItem row, String message) {
        Map<String, String> cells = BulkCsv.withDefaults(row.row().cells(), defaults);
        BulkRowOutcome outcome = new BulkRowOutcome(BulkRowStatus.REJECTED, message, cells.get(BulkCsv.CUSTOMER),
                cells.get(BulkCsv.PRODUCT), null);
        if (!dryRun) {
            bulkAssignments.recordRow(id, row.row(), outcome);
        }
        return outcome;
    }

    /** SQLSTATE class 40, transaction rollback: a deadlock's or a serialization conflict's chosen victim. */
    private static boolean givenWay(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

}
