package com.plandesk.inventory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What "free" means for an item, and the one way to take free items. Every change that hands an item out is a
 * conditional update that only matches an item still free, so the database itself refuses to give one item
 * twice, whatever the concurrency; the loser's whole transaction rolls back.
 */
final class FreeItems {

    /** Free: available, or held by a reservation that has expired (the expiry job may not have run yet). */
    static final String FREE = """
            (i.status in :available or (i.status = :reserved and i.serviceId is null
                                        and i.reservationToken is not null and i.reservedUntil < :now))""";

    private FreeItems() {
    }

    /**
     * The one conditional update that takes free items: they turn RESERVED, remembering what they were. It never
     * waits for another transaction: an item someone else is taking right now counts as taken. Waiting made two
     * bulk runs picking from the same stock deadlock — each run's chunk held items the other's wanted — and the
     * database then turned valid rows away after a second's stall.
     */
    static int take(EntityManager em, List<Long> itemIds, String assignments, UnaryOperator<Query> bind) {
        List<Long> ours = lockWithoutWaiting(em, itemIds);
        if (ours.isEmpty()) {
            return 0;
        }
        return bind.apply(free(em.createQuery("update InventoryItem i set i.status = :reserved, "
                        + "i.availableStatus = case when i.status = :reserved then i.availableStatus else i.status end, "
                        + assignments + ", i.version = i.version + 1 where i.id in :ids and " + FREE)))
                .setParameter("ids", ours)
                .executeUpdate();
    }

    /** Of these items, those no other transaction holds, now locked for this one (PostgreSQL and H2 alike). */
    static List<Long> lockWithoutWaiting(EntityManager em, List<Long> itemIds) {
        String placeholders = String.join(", ", Collections.nCopies(itemIds.size(), "?"));
        Query lock = em.createNativeQuery("SELECT id FROM inventory_item WHERE id IN (" + placeholders
                + ") FOR UPDATE SKIP LOCKED");
        for (int i = 0; i < itemIds.size(); i++) {
            lock.setParameter(i + 1, itemIds.get(i));
        }
        return ((List<?>) lock.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    static <Q extends Query> Q free(Q query) {
        query.setParameter("available", ItemStatus.AVAILABLE)
                .setParameter("reserved", ItemStatus.RESERVED)
                .setParameter("now", LocalDateTime.now());
        return query;
    }
}
