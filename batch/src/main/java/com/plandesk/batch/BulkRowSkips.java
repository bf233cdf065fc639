package com.plandesk.batch;

import static com.plandesk.kernel.Text.rootMessage;

import com.plandesk.bulk.BulkCsv;
import com.plandesk.bulk.BulkOrder;
import com.plandesk.bulk.BulkRow;
import com.plandesk.bulk.BulkRowRefused;
import com.plandesk.bulk.BulkRows;
import com.plandesk.kernel.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipWriteListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Records each row the job skips with its reason, for the run's results and its rejects file, in a chunk's
 * transaction: it commits with the checkpoint that passes the row, so a restart never loses or doubles it. A row
 * skipped by the processor is recorded in its own chunk; one skipped by the writer, whose chunk is rolled back
 * after the skip, in the next chunk.
 */
@Named
@Dependent
public class BulkRowSkips extends AbstractChunkListener implements SkipProcessListener, SkipWriteListener {

    @Inject
    @BatchProperty
    private String bulkAssignmentId;

    @Inject
    private BulkRows bulkRows;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** Rows the writer skipped, not yet recorded in a chunk that committed. */
    private final List<Runnable> toRecord = new ArrayList<>();

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        BulkRow row = (BulkRow) item;
        bulkRows.recordSkipped(Long.valueOf(bulkAssignmentId), row, refusal(e), row.cell(BulkCsv.CUSTOMER),
                row.cell(BulkCsv.PRODUCT));
    }

    @Override
    public void onSkipWriteItem(List<Object> items, Exception e) {
        for (Object item : items) {
            BulkOrder order = (BulkOrder) item;
            toRecord.add(() -> bulkRows.recordSkipped(Long.valueOf(bulkAssignmentId), order.row(), refusal(e),
                    order.customer(), order.product()));
        }
    }

    @Override
    public void beforeChunk() {
        if (toRecord.isEmpty()) {
            return;
        }
        List<Runnable> recording = List.copyOf(toRecord);
        recording.forEach(Runnable::run);
        // recorded once the chunk commits; a chunk rolled back leaves them to the next one
        AfterCommit.run(transactions, () -> toRecord.removeAll(recording));
    }

    /** The row's own refusal, or — a commit that failed — the database's reason. */
    private static BulkRowRefused refusal(Exception e) {
        return e instanceof BulkRowRefused refused ? refused
                : BulkRowRefused.rejected("Could not be assigned (" + rootMessage(e) + "): try this row again.");
    }
}
