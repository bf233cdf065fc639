package com.plandesk.bulk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Free stock for one bulk run. It reads a block at a time (one query per 200 rows, not one per row) and locks
 * what a transaction's rows will use (for a chunk, one statement per 25 rows): items another run
 * or an agent is taking, or has taken since the block was read, are passed by instead of refusing a row —
 * two runs taking from the same stock side by side each keep their chunks whole. The assignment's conditional
 * update still decides who gets an item. In a dry run nothing is taken, so the cursor is what notices that the
 * file needs more stock than there is, or names an item twice.
 */
public class StockCursor {

    /** Free stock as the database has it (the inventory). */
    public interface Source {

        /** Ids of free items of the template after the given id, in id order. */
        List<Long> freeItemIds(String template, long afterId, int max);

        /** Those of the items that are free and that no other transaction is taking, locked for this one. */
        List<Long> lockFree(List<Long> itemIds);
    }

    private static final int BLOCK = 200;
    private static final int BATCH = 25;

    private final Map<String, Deque<Long>> ahead = new HashMap<>();
    private final Map<String, Long> lastRead = new HashMap<>();
    private final Set<String> exhausted = new HashSet<>();
    /** Items this run has given (or, in a dry run, would give) to a row, by line. */
    private final Map<Long, Integer> used = new HashMap<>();
    /** Items locked for the current transaction, by template, not yet given to a row. */
    private final Map<String, Deque<Long>> held = new HashMap<>();
    /** Items passed by as taken or being taken: tried once more when the stock read is used up. */
    private final Map<String, List<Long>> passedBy = new HashMap<>();
    /** How many items of a template to lock at a time: the rows of the current transaction. */
    private int batch = BATCH;

    /** A copy to try a chunk with: kept if the chunk commits, dropped if it rolls back. */
    public StockCursor copy() {
        StockCursor copy = new StockCursor();
        ahead.forEach((template, queue) -> copy.ahead.put(template, new ArrayDeque<>(queue)));
        held.forEach((template, queue) -> copy.held.put(template, new ArrayDeque<>(queue)));
        passedBy.forEach((template, items) -> copy.passedBy.put(template, new ArrayList<>(items)));
        copy.lastRead.putAll(lastRead);
        copy.exhausted.addAll(exhausted);
        copy.used.putAll(used);
        return copy;
    }

    /**
     * A transaction of this many rows begins: what the last one locked and did not use is free to lock again,
     * first in line. Only as many items as its rows can use are locked at a time, so that a run beside it is not
     * left short by items this one holds and will not use.
     */
    void beginTransaction(int rows) {
        held.forEach((template, items) -> items.descendingIterator().forEachRemaining(queue(template)::addFirst));
        held.clear();
        batch = Math.max(1, Math.min(BATCH, rows));
    }

    /** The next free item of the template, locked for the current transaction, or null when there is none left. */
    Long next(String template, Source inventory) {
        Deque<Long> pool = held.computeIfAbsent(template, t -> new ArrayDeque<>());
        boolean lookedAgain = false;
        while (pool.isEmpty()) {
            List<Long> candidates = new ArrayList<>();
            for (Long id = suggest(template, inventory); id != null; id = suggest(template, inventory)) {
                candidates.add(id);
                if (candidates.size() == batch) {
                    break;
                }
            }
            if (candidates.isEmpty()) {
                // the stock read is used up; items another run held a moment ago may have been let go since
                List<Long> passed = lookedAgain ? null : passedBy.remove(template);
                if (passed == null) {
                    return null;
                }
                // the latest passed by: those are the ones another run may still have held; older ones are taken
                candidates = passed.subList(Math.max(0, passed.size() - BLOCK), passed.size()).stream()
                        .filter(id -> !used.containsKey(id)).toList();
                lookedAgain = true;
            }
            List<Long> locked = inventory.lockFree(candidates);
            pool.addAll(locked);
            Set<Long> ours = new HashSet<>(locked);
            candidates.stream().filter(id -> !ours.contains(id))
                    .forEach(passedBy.computeIfAbsent(template, t -> new ArrayList<>())::add);
        }
        return pool.poll();
    }

    /** The next item of the template that was free when its block was read, and not yet given to a row. */
    private Long suggest(String template, Source inventory) {
        Deque<Long> queue = queue(template);
        while (true) {
            while (!queue.isEmpty()) {
                Long id = queue.poll();
                if (!used.containsKey(id)) {
                    return id;
                }
            }
            if (exhausted.contains(template)) {
                return null;
            }
            var block = inventory.freeItemIds(template, lastRead.getOrDefault(template, 0L), BLOCK);
            if (block.size() < BLOCK) {
                exhausted.add(template);
            }
            if (!block.isEmpty()) {
                lastRead.put(template, block.get(block.size() - 1));
            }
            // shuffled: two runs reading the same block then rarely try to lock the same items
            List<Long> shuffled = new ArrayList<>(block);
            Collections.shuffle(shuffled);
            queue.addAll(shuffled);
        }
    }

    private Deque<Long> queue(String template) {
        return ahead.computeIfAbsent(template, t -> new ArrayDeque<>());
    }

    /** An item suggested to a row that was then refused: the next row may have it. */
    void giveBack(String template, Long itemId) {
        queue(template).addFirst(itemId);
    }

    /** An item suggested to a row was taken meanwhile (an agent, another run): read the free stock again. */
    public void refresh(String template) {
        ahead.remove(template);
        held.remove(template);
        passedBy.remove(template);
        lastRead.remove(template);
        exhausted.remove(template);
    }

    /** The line of an earlier row that was given this item, or null. */
    Integer usedBy(Long itemId) {
        return used.get(itemId);
    }

    void use(Iterable<Long> itemIds, int line) {
        itemIds.forEach(id -> used.put(id, line));
    }
}
