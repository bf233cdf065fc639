package com.plandesk.bulk;

import com.plandesk.inventory.Inventory;
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
 * Free stock for one bulk run, read a block at a time (one query per 200 rows, not one per row). It only
 * suggests items: the assignment's conditional update still decides who gets one. In a dry run nothing is taken, so the cursor is what notices that the file needs more stock than there is, or
 * names an item twice.
 */
public class StockCursor {

    private static final int BLOCK = 200;

    private final Map<String, Deque<Long>> ahead = new HashMap<>();
    private final Map<String, Long> lastRead = new HashMap<>();
    private final Set<String> exhausted = new HashSet<>();
    /** Items this run has given (or, in a dry run, would give) to a row, by line. */
    private final Map<Long, Integer> used = new HashMap<>();

    /** A copy to try a chunk with: kept if the chunk commits, dropped if it rolls back. */
    public StockCursor copy() {
        StockCursor copy = new StockCursor();
        ahead.forEach((template, queue) -> copy.ahead.put(template, new ArrayDeque<>(queue)));
        copy.lastRead.putAll(lastRead);
        copy.exhausted.addAll(exhausted);
        copy.used.putAll(used);
        return copy;
    }

    /** The next free item of the template, or null when there is none left. */
    Long next(String template, Inventory inventory) {
        Deque<Long> queue = ahead.computeIfAbsent(template, t -> new ArrayDeque<>());
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
            // shuffled: two runs (or a run restarted beside another) reading the same block then rarely offer
            // the same item, instead of colliding item after item in id order
            List<Long> shuffled = new ArrayList<>(block);
            Collections.shuffle(shuffled);
            queue.addAll(shuffled);
        }
    }

    /** An item suggested to a row that was then refused: the next row may have it. */
    void giveBack(String template, Long itemId) {
        ahead.computeIfAbsent(template, t -> new ArrayDeque<>()).addFirst(itemId);
    }

    /** An item suggested to a row was taken meanwhile (an agent, another run): read the free stock again. */
    void refresh(String template) {
        ahead.remove(template);
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
