package com.plandesk.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StockCursorTest {

    private static final String SIM = "SIM Card";

    /** Free SIMs 1..n in one database: who has locked which (until their transaction ends), which are taken. */
    static class Stock {
        final int size;
        final Map<Long, Object> lockedBy = new HashMap<>();
        final Set<Long> taken = new HashSet<>();

        Stock(int size) {
            this.size = size;
        }

        /** The inventory as one transaction of one run sees it. */
        StockCursor.Source seenBy(Object transaction) {
            return new StockCursor.Source() {
                @Override
                public List<Long> freeItemIds(String template, long afterId, int max) {
                    return LongStream.rangeClosed(afterId + 1, size).boxed().filter(id -> !taken.contains(id))
                            .limit(max).toList();
                }

                @Override
                public List<Long> lockFree(List<Long> itemIds) {
                    List<Long> ours = itemIds.stream().filter(id -> !taken.contains(id)
                            && lockedBy.getOrDefault(id, transaction) == transaction).toList();
                    ours.forEach(id -> lockedBy.put(id, transaction));
                    return ours;
                }
            };
        }

        /** A transaction commits: what it gave to rows is taken, and its locks are let go. */
        void commit(Object transaction, List<Long> given) {
            taken.addAll(given);
            lockedBy.values().removeIf(owner -> owner == transaction);
        }
    }

    private static List<Long> picks(StockCursor cursor, StockCursor.Source inventory, int rows, int firstLine) {
        List<Long> given = new ArrayList<>();
        for (int line = firstLine; line < firstLine + rows; line++) {
            Long id = cursor.next(SIM, inventory);
            if (id == null) {
                break;
            }
            cursor.use(List.of(id), line);
            given.add(id);
        }
        return given;
    }

    @Test
    void itemsAnotherTransactionIsTakingArePassedBy() {
        Stock stock = new Stock(60);
        Object agent = new Object();
        stock.seenBy(agent).lockFree(List.of(1L, 2L, 3L, 4L, 5L));
        Object chunk = new Object();
        StockCursor cursor = new StockCursor();
        cursor.beginTransaction(25);

        List<Long> given = picks(cursor, stock.seenBy(chunk), 25, 2);

        assertThat(given).hasSize(25).doesNotHaveDuplicates().doesNotContain(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void twoRunsSideBySideNeverOfferTheSameItemAndUseAllTheStock() {
        Stock stock = new Stock(200);
        StockCursor north = new StockCursor();
        StockCursor south = new StockCursor();
        List<Long> all = new ArrayList<>();
        for (int chunk = 0; chunk < 4; chunk++) {
            // each run's chunk is open while the other's picks: both hold their locks until they commit
            Object northChunk = new Object();
            Object southChunk = new Object();
            north.beginTransaction(25);
            south.beginTransaction(25);
            List<Long> northGiven = picks(north, stock.seenBy(northChunk), 25, 2 + 25 * chunk);
            List<Long> southGiven = picks(south, stock.seenBy(southChunk), 25, 2 + 25 * chunk);
            assertThat(northGiven).hasSize(25).doesNotContainAnyElementsOf(southGiven);
            stock.commit(northChunk, northGiven);
            stock.commit(southChunk, southGiven);
            all.addAll(northGiven);
            all.addAll(southGiven);
        }
        // what one run had locked but not used while the other looked is that run's to offer next: none is lost
        Object northLast = new Object();
        Object southLast = new Object();
        north.beginTransaction(25);
        south.beginTransaction(25);
        all.addAll(picks(north, stock.seenBy(northLast), 25, 200));
        all.addAll(picks(south, stock.seenBy(southLast), 25, 200));
        assertThat(all).hasSize(200).doesNotHaveDuplicates();
        assertThat(north.next(SIM, stock.seenBy(northLast))).as("no stock left").isNull();
    }

    @Test
    void aRunLeftShortByAnotherRunsLocksTakesWhatIsFreeAndFindsTheRestWhenTheyAreLetGo() {
        Stock stock = new Stock(20);
        StockCursor north = new StockCursor();
        StockCursor south = new StockCursor();
        Object northChunk = new Object();
        north.beginTransaction(12);
        List<Long> northGiven = picks(north, stock.seenBy(northChunk), 12, 2);
        assertThat(stock.lockedBy).as("only what its twelve rows use").hasSize(12);

        Object southChunk = new Object();
        south.beginTransaction(12);
        List<Long> southGiven = picks(south, stock.seenBy(southChunk), 12, 2);
        assertThat(southGiven).hasSize(8).doesNotContainAnyElementsOf(northGiven);
        stock.commit(southChunk, southGiven);

        // the north chunk rolls back (a row of it was refused): its twelve are free again, and the south run,
        // whose stock read is used up, finds them for its next rows
        stock.commit(northChunk, List.of());
        Object southRow = new Object();
        south.beginTransaction(1);
        assertThat(south.next(SIM, stock.seenBy(southRow))).isIn(northGiven);
    }

    @Test
    void whatATransactionLockedAndDidNotUseComesFirstInTheNext() {
        Stock stock = new Stock(100);
        StockCursor cursor = new StockCursor();
        Object first = new Object();
        cursor.beginTransaction(25);
        List<Long> one = picks(cursor, stock.seenBy(first), 1, 2);
        Set<Long> lockedButUnused = new HashSet<>(stock.lockedBy.keySet());
        lockedButUnused.removeAll(one);
        stock.commit(first, one);

        Object second = new Object();
        cursor.beginTransaction(25);
        List<Long> next = picks(cursor, stock.seenBy(second), 24, 3);

        assertThat(lockedButUnused).hasSize(24);
        assertThat(next).containsExactlyInAnyOrderElementsOf(lockedButUnused);
        assertThat(stock.lockedBy.keySet()).as("locked again by the second transaction").containsAll(next);
    }
}
