package com.plandesk.batch;

import static com.plandesk.kernel.Text.rootMessage;

import com.plandesk.bulk.BulkAssignments;
import com.plandesk.bulk.BulkOrder;
import com.plandesk.bulk.BulkRow;
import com.plandesk.bulk.BulkRowFailed;
import com.plandesk.bulk.BulkRowGaveWay;
import com.plandesk.bulk.BulkRowOutcome;
import com.plandesk.bulk.BulkRowRefused;
import com.plandesk.bulk.BulkRows;
import com.plandesk.bulk.BulkRun;
import com.plandesk.bulk.StockCursor;
import com.plandesk.kernel.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.Serializable;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Assigns a chunk's orders in the chunk's transaction ({@link BulkRows#assign}); a dry run checks each one
 * instead. When the chunk fails, the batch runtime rolls it back and gives the writer its rows one at a time
 * (the job's retry); a row that fails on its own is then skipped with its reason, and one that gave way to other
 * work is tried again, a few times.
 */
@Named
@Dependent
public class BulkRowWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(BulkRowWriter.class.getName());
    private static final int ATTEMPTS = 5;

    @Inject
    @BatchProperty
    private String bulkAssignmentId;

    @Inject
    private BulkAssignments bulkAssignments;

    @Inject
    private BulkRows bulkRows;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private BulkRun run;
    /** Free stock as of the last chunk committed: a chunk works on a copy, kept only if it commits. */
    private StockCursor stock = new StockCursor();
    /** Attempts of rows that gave way, by line. */
    private final Map<Integer, Integer> attempts = new HashMap<>();

    @Override
    public void open(Serializable checkpoint) {
        if (run == null) { // opened again after a chunk rolled back: keep the stock and the attempts
            run = bulkAssignments.run(Long.valueOf(bulkAssignmentId));
        }
    }

    @Override
    public void writeItems(List<Object> items) {
        List<BulkOrder> orders = items.stream().map(BulkOrder.class::cast).toList();
        StockCursor trial = stock.copy();
        keepIfCommitted(trial);
        if (run.dryRun()) {
            Map<BulkRow, BulkRowOutcome> verdicts = new LinkedHashMap<>();
            orders.forEach(order -> verdicts.put(order.row(), bulkRows.check(run, order, trial)));
            bulkRows.record(run, verdicts);
            return;
        }
        try {
            bulkRows.assign(run, orders, trial);
        } catch (BulkRowGaveWay e) {
            e.staleTemplates().forEach(stock::refresh);
            throw oneMoreAttempt(orders, e, e.getMessage());
        } catch (BulkRowRefused e) {
            throw e;
        } catch (EJBException e) {
            if (givenWay(e)) {
                throw oneMoreAttempt(orders, new BulkRowGaveWay(rootMessage(e), java.util.Set.of()),
                        "Could not be assigned (" + rootMessage(e) + "): try this row again.");
            }
            LOG.log(Level.WARNING, "Bulk assignment " + run.id() + ", rows from line " + orders.get(0).row().line(), e);
            throw new BulkRowFailed("Could not be assigned (" + rootMessage(e) + "): try this row again.");
        }
    }

    /** The cursor the chunk used becomes the run's once the chunk's transaction has committed. */
    private void keepIfCommitted(StockCursor trial) {
        AfterCommit.run(transactions, () -> stock = trial);
    }

    /** A row that gave way once too often is refused with the reason; a chunk is always tried again. */
    private RuntimeException oneMoreAttempt(List<BulkOrder> orders, BulkRowGaveWay gaveWay, String reason) {
        if (orders.size() == 1 && attempts.merge(orders.get(0).row().line(), 1, Integer::sum) >= ATTEMPTS) {
            return new BulkRowFailed(reason);
        }
        return gaveWay;
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
