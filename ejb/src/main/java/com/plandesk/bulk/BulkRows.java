package com.plandesk.bulk;

import com.plandesk.assignment.AssignmentRequest;
import com.plandesk.assignment.AssignmentResult;
import com.plandesk.assignment.Assignments;
import com.plandesk.engine.EngineCommands;
import com.plandesk.inventory.HoldBatch;
import com.plandesk.inventory.Inventory;
import com.plandesk.inventory.ItemHolds;
import com.plandesk.kernel.PlanDeskException;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Assigns a chunk's orders through {@link Assignments}, the path staff use, in the chunk's transaction:
 * each row's assignment, its result and its idempotency key commit with the job's checkpoint, or not at all.
 */
@Stateless
public class BulkRows {

    @Inject
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Assignments assignments;

    @Inject
    private Inventory inventory;


    @Inject

    private ItemHolds itemHolds;

    @Inject
    private EngineCommands engine;

    /**
     * The chunk's orders, together: their rows are written in one flush at the end (one batch per table), their
     * items held in one update and their processes started in one engine command. A row refused throws
     * {@link BulkRowFailed}, and a chunk that lost stock it took to other work {@link BulkRowGaveWay}; either way
     * nothing of the chunk is kept. A single row (a chunk assigned again row by row) holds its items as staff do,
     * so that a refusal names the item lost. The stock cursor given is the caller's trial copy.
     */
    public void assign(BulkRun run, List<BulkOrder> orders, StockCursor stock) {
        stock.beginTransaction(orders.size());
        boolean together = orders.size() > 1;
        if (together) {
            em.setFlushMode(FlushModeType.COMMIT);
        }
        Map<String, BulkRowResult> used = usedKeys(orders);
        Set<String> fromStock = new HashSet<>();
        try {
            engine.inOneCommand(() -> {
                HoldBatch holds = together ? new HoldBatch() : null;
                for (BulkOrder order : orders) {
                    BulkRowResult earlier = used.get(order.row().key());
                    if (earlier != null) {
                        em.persist(new BulkRowResult(run.id(), order.row(), BulkRowStatus.DUPLICATE, order.customer(),
                                order.product(), duplicate(earlier, false)));
                        continue;
                    }
                    fromStock.addAll(order.fromStock());
                    AssignmentRequest request = withItems(order, stock, new HashMap<>());
                    AssignmentResult result = assignments.assignBulkRow(request, run.requestedBy(), run.id(), holds);
                    stock.use(request.items(), order.row().line());
                    em.persist(new BulkRowResult(run.id(), order.row(), BulkRowStatus.STARTED, order.customer(),
                            order.product(), "Provisioning " + result.provisioningId() + " started for service "
                            + result.serviceId() + ".", result.provisioningId(), result.serviceId(), order.row().key()));
                }
                if (together) {
                    itemHolds.hold(holds);
                }
            });
        } catch (BulkRowRefused e) {
            throw e;
        } catch (PlanDeskException e) {
            // an item taken from stock may have been taken by someone else meanwhile: fresh stock may do
            if (e.kind() == PlanDeskException.Kind.CONFLICT && !fromStock.isEmpty()) {
                throw new BulkRowGaveWay(e.getMessage(), fromStock);
            }
            throw new BulkRowFailed(e.getMessage());
        }
    }

    /**
     * A dry run's verdict on one order, in a transaction of its own that is then rolled back: the same checks as
     * {@link #assign}, nothing written.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public BulkRowOutcome check(BulkRun run, BulkOrder order, StockCursor stock) {
        try {
            return verdict(run, order, stock);
        } finally {
            context.setRollbackOnly(); // marked at the end: a transaction marked at once takes no more work
        }
    }

    private BulkRowOutcome verdict(BulkRun run, BulkOrder order, StockCursor stock) {
        stock.beginTransaction(1);
        BulkRowResult earlier = usedKeys(List.of(order)).get(order.row().key());
        if (earlier != null) {
            return new BulkRowOutcome(BulkRowStatus.DUPLICATE, duplicate(earlier, true), order.customer(),
                    order.product(), null);
        }
        Map<String, Long> picked = new HashMap<>();
        try {
            AssignmentRequest request = withItems(order, stock, picked);
            assignments.assignBulkRow(request, run.requestedBy(), run.id(), null);
            stock.use(request.items(), order.row().line());
        } catch (PlanDeskException | BulkRowRefused e) {
            picked.forEach(stock::giveBack); // the next row may have them
            return new BulkRowOutcome(BulkRowStatus.REJECTED, e.getMessage(), order.customer(), order.product(), null);
        }
        return new BulkRowOutcome(BulkRowStatus.VALID, "Ready: " + order.product() + " for " + order.customer() + ".",
                order.customer(), order.product(), null);
    }

    /** A dry run's verdicts, with the chunk. */
    public void record(BulkRun run, Map<BulkRow, BulkRowOutcome> verdicts) {
        verdicts.forEach((row, outcome) -> em.persist(new BulkRowResult(run.id(), row, outcome.status(),
                outcome.customer(), outcome.product(), outcome.message())));
    }

    /** A row the job skipped, with the chunk. */
    public void recordSkipped(Long bulkAssignmentId, BulkRow row, BulkRowRefused refusal, String customer,
                              String product) {
        if (em.find(BulkRowResult.class, new BulkRowResult.Key(bulkAssignmentId, row.line())) == null) {
            em.persist(new BulkRowResult(bulkAssignmentId, row, refusal.status(), customer, product,
                    refusal.getMessage()));
        }
    }

    /** The rows of other runs (or earlier rows) that used these rows' idempotency keys. */
    private Map<String, BulkRowResult> usedKeys(List<BulkOrder> orders) {
        return em.createQuery("select r from BulkRowResult r where r.rowKey in :keys", BulkRowResult.class)
                .setParameter("keys", orders.stream().map(order -> order.row().key()).toList())
                .getResultStream()
                .collect(Collectors.toMap(BulkRowResult::getRowKey, Function.identity()));
    }

    private static String duplicate(BulkRowResult earlier, boolean dryRun) {
        return (dryRun ? "Would not be assigned again: " : "Not assigned again: ") + "bulk assignment "
                + earlier.getBulkAssignmentId() + " assigned this row (line " + earlier.getLine() + ") already. "
                + "To assign it again on purpose, add a column that tells the orders apart, e.g. field:order.";
    }

    /**
     * The request with its items: those the row names, and one from stock for each required template it does not
     * (put in picked).
     */
    private AssignmentRequest withItems(BulkOrder order, StockCursor stock, Map<String, Long> picked) {
        List<Long> items = new ArrayList<>();
        order.namedItems().forEach((column, itemId) -> {
            Integer earlierLine = stock.usedBy(itemId);
            if (earlierLine != null) {
                throw new BulkRowFailed(order.row().cell(column) + " is already given to line " + earlierLine
                        + " of this file: name another item, or leave the cell empty to take one from stock.");
            }
            items.add(itemId);
        });
        for (String template : order.fromStock()) {
            Long itemId = stock.next(template, stockSource);
            if (itemId == null) {
                throw new BulkRowFailed("No " + template + " left in stock for this row: add " + template
                        + " items to the inventory, then upload the rejected rows again.");
            }
            picked.put(template, itemId);
            items.add(itemId);
        }
        return order.request().withItems(items);
    }

    private final StockCursor.Source stockSource = new StockCursor.Source() {
        @Override
        public List<Long> freeItemIds(String template, long afterId, int max) {
            return inventory.freeItemIds(template, afterId, max);
        }

        @Override
        public List<Long> lockFree(List<Long> itemIds) {
            return itemHolds.lockFree(itemIds);
        }
    };
}
