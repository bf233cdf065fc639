package com.plandesk.inventory;


import com.plandesk.kernel.PlanDeskException;
import com.plandesk.kernel.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
/**
 * Handing items to services: held for a service being provisioned (one at a time for staff, a chunk's in one
 * update for bulk), then ASSIGNED by its provisioning, or given back when it is cancelled.
 */
@Stateless
@PermitAll
public class ItemHolds {

    @Inject
    private EntityManager em;

    @Inject
    private Inventory inventory;

    /**
     * Holds the items for a service being provisioned: items of the given reservation, or free ones.
     * Of two concurrent requests for one item exactly one wins.
     */
    public void holdForService(List<InventoryItem> items, Long serviceId, String reservationToken) {
        List<InventoryItem> notHeld = new ArrayList<>();
        for (InventoryItem item : items) {
            int held = reservationToken == null ? 0 : em.createQuery("""
                            update InventoryItem i set i.serviceId = :service, i.reservationToken = null,
                                i.reservedUntil = null, i.version = i.version + 1
                            where i.id = :id and i.status = :reserved and i.serviceId is null
                              and i.reservationToken = :token""")
                    .setParameter("service", serviceId)
                    .setParameter("id", item.getId())
                    .setParameter("reserved", ItemStatus.RESERVED)
                    .setParameter("token", reservationToken)
                    .executeUpdate();
            if (held == 0) {
                notHeld.add(item);
            }
        }
        if (notHeld.isEmpty()) {
            return;
        }
        // the free ones in one update (a bulk row takes all its items from stock): all of them, or the
        // transaction rolls back and the message names the first one someone else has
        List<Long> ids = notHeld.stream().map(InventoryItem::getId).toList();
        int taken = FreeItems.take(em, ids, "i.serviceId = :service, i.reservationToken = null, i.reservedUntil = null",
                q -> q.setParameter("service", serviceId));
        if (taken < ids.size()) {
            Set<Long> ours = new HashSet<>(em.createQuery(
                            "select i.id from InventoryItem i where i.id in :ids and i.serviceId = :service", Long.class)
                    .setParameter("ids", ids).setParameter("service", serviceId).getResultList());
            InventoryItem lost = notHeld.stream().filter(i -> !ours.contains(i.getId())).findFirst().orElseThrow();
            throw PlanDeskException.conflict("items", lost.getTemplate().getName() + " " + lost.getReference()
                    + " is no longer available: choose another item.");
        }
    }

    /**
     * Holds the items a batch collected in one conditional update: all of them, or none and a conflict. The
     * transaction's writes so far are flushed first, so the services the items go to are written before. For a
     * bulk chunk these are two statements instead of a lock and an update per row; a chunk that loses an item to
     * someone else fails as a whole, and its rows are then assigned one by one, each told why.
     */
    public void hold(HoldBatch batch) {
        Map<Long, Long> serviceOfItem = batch.serviceOfItem;
        em.flush();
        if (serviceOfItem.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(serviceOfItem.keySet());
        StringBuilder service = new StringBuilder("i.serviceId = case i.id");
        for (int i = 0; i < ids.size(); i++) {
            service.append(" when :item").append(i).append(" then :service").append(i);
        }
        service.append(" else i.serviceId end, i.reservationToken = null, i.reservedUntil = null");
        int taken = FreeItems.take(em, ids, service.toString(), q -> {
            for (int i = 0; i < ids.size(); i++) {
                q.setParameter("item" + i, ids.get(i)).setParameter("service" + i, serviceOfItem.get(ids.get(i)));
            }
            return q;
        });
        if (taken < ids.size()) {
            throw PlanDeskException.conflict("items", (ids.size() - taken) + " of " + ids.size()
                    + " items were taken by someone else meanwhile.");
        }
    }

    /**
     * Of these items, those still free that no other transaction is taking, locked for this one, in the order
     * given: a bulk run's picks, which it then takes without waiting for anyone. Only free items are locked, so
     * an agent assigning the items of a reservation made since the run read its stock is not kept waiting.
     */
    public List<Long> lockFree(List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        List<Long> free = FreeItems.free(em.createQuery("select i.id from InventoryItem i where i.id in :ids and " + FreeItems.FREE,
                Long.class)).setParameter("ids", itemIds).getResultList();
        Set<Long> locked = free.isEmpty() ? Set.of() : new HashSet<>(FreeItems.lockWithoutWaiting(em, free));
        return itemIds.stream().filter(locked::contains).toList();
    }

    /**
     * Turns the item of the template held for the service ASSIGNED to it and its customer, in one conditional
     * update: the task list already names the item (planned from what the assignment held). Idempotent: a
     * retried task finds the item assigned already.
     */
    public void assignHeldItem(Long serviceId, Long customerId, String templateName) {
        Long templateId = templateName == null ? null : em.createNamedQuery(InventoryTemplate.SHARED_BY_NAME,
                        InventoryTemplate.class).setParameter("name", templateName.trim())
                .getResultStream().findFirst().map(InventoryTemplate::getId).orElse(null);
        if (templateId != null && assignHeld(serviceId, customerId, templateId) > 0) {
            return;
        }
        InventoryTemplate template = inventory.template(templateName); // a template name the BPMN got wrong is said so
        if (em.createQuery("""
                        select count(i) from InventoryItem i
                        where i.serviceId = :service and i.template = :template and i.status = :assigned""", Long.class)
                .setParameter("service", serviceId)
                .setParameter("template", template)
                .setParameter("assigned", ItemStatus.ASSIGNED)
                .getSingleResult() == 0) {
            throw new IllegalStateException("No " + templateName + " is held for service " + serviceId);
        }
    }

    /** An add-on's items: every item held for the service becomes ASSIGNED to it; their descriptions. */
    public String assignHeldItems(Long serviceId, Long customerId) {
        List<String> held = em.createQuery("""
                        select t.identifierName, i.reference, i.identifier from InventoryItem i join i.template t
                        where i.serviceId = :service and i.status = :reserved order by i.id""", Object[].class)
                .setParameter("service", serviceId)
                .setParameter("reserved", ItemStatus.RESERVED)
                .getResultStream()
                .map(row -> InventoryItem.describe((String) row[0], (String) row[1], (String) row[2]))
                .toList();
        if (held.isEmpty()) {
            return "No inventory for this add-on";
        }
        assignHeld(serviceId, customerId, null);
        return String.join(", ", held);
    }

    /** The items held for the service (of the template, or all) turn ASSIGNED to it and its customer. */
    private int assignHeld(Long serviceId, Long customerId, Long templateId) {
        Query update = em.createQuery("update InventoryItem i set i.status = :assigned, i.customerId = :customer,"
                        + " i.version = i.version + 1 where i.serviceId = :service and i.status = :reserved"
                        + (templateId == null ? "" : " and i.templateId = :template"))
                .setParameter("assigned", ItemStatus.ASSIGNED)
                .setParameter("customer", customerId)
                .setParameter("service", serviceId)
                .setParameter("reserved", ItemStatus.RESERVED);
        if (templateId != null) {
            update.setParameter("template", templateId);
        }
        return update.executeUpdate();
    }

    /**
     * A cancelled provisioning gives its items back to stock, as they were before it took them: those held for
     * the service and, when the service never became active, those it had assigned already.
     */
    public int releaseItems(Long serviceId, boolean assignedToo) {
        return em.createQuery("""
                        update InventoryItem i set i.status = i.availableStatus, i.availableStatus = null,
                            i.serviceId = null, i.customerId = null, i.version = i.version + 1
                        where i.serviceId = :service and i.availableStatus is not null
                          and i.status in :released""")
                .setParameter("service", serviceId)
                .setParameter("released", assignedToo ? List.of(ItemStatus.RESERVED, ItemStatus.ASSIGNED)
                        : List.of(ItemStatus.RESERVED))
                .executeUpdate();
    }

    /**
     * A service ended: each of its items follows its template's rule — retired, quarantined (offered again after
     * the configured days), back in stock, or due back from the customer — and belongs to no service. Bulk updates, as every status change here.
     */
    public String returnItems(Long serviceId) {
        List<String> done = new ArrayList<>();
        for (ReturnRule rule : ReturnRule.values()) {
            // an item due back stays with its customer (who has it) until staff confirm it returned
            String owner = rule == ReturnRule.COLLECT ? "" : "i.customerId = null, ";
            var update = em.createQuery("""
                            update InventoryItem i set i.status = :status, i.quarantinedUntil = :until,
                                i.availableStatus = null, i.serviceId = null, %si.version = i.version + 1
                            where i.serviceId = :service and i.status = :assigned
                              and i.templateId in (select t.id from InventoryTemplate t where t.returnRule = :rule)"""
                            .formatted(owner))
                    .setParameter("service", serviceId)
                    .setParameter("assigned", ItemStatus.ASSIGNED)
                    .setParameter("rule", rule)
                    .setParameter("until", rule == ReturnRule.QUARANTINE
                            ? LocalDateTime.now().plusDays(Settings.numberQuarantineDays()) : null);
            update.setParameter("status", switch (rule) {
                case RETIRE -> ItemStatus.RETIRED;
                case QUARANTINE -> ItemStatus.QUARANTINED;
                case RESTOCK -> ItemStatus.IN_STOCK;
                case COLLECT -> ItemStatus.RETURN_DUE;
            });
            int items = update.executeUpdate();
            if (items > 0) {
                done.add(items + " " + switch (rule) {
                    case RETIRE -> "retired";
                    case QUARANTINE -> "in quarantine for " + Settings.numberQuarantineDays() + " days";
                    case RESTOCK -> "back in stock";
                    case COLLECT -> "due back from the customer";
                });
            }
        }
        return done.isEmpty() ? "No inventory to return" : "Inventory: " + String.join(", ", done);
    }

    /** A service moved to another customer: its items go with it. */
    public int moveItems(Long serviceId, Long toCustomerId) {
        return em.createQuery("""
                        update InventoryItem i set i.customerId = :customer, i.version = i.version + 1
                        where i.serviceId = :service""")
                .setParameter("customer", toCustomerId).setParameter("service", serviceId).executeUpdate();
    }

    /** Numbers whose quarantine is over are offered again. */
    public int releaseQuarantined() {
        return em.createQuery("""
                        update InventoryItem i set i.status = :inStock, i.quarantinedUntil = null, i.version = i.version + 1
                        where i.status = :quarantined and i.quarantinedUntil <= :now""")
                .setParameter("inStock", ItemStatus.IN_STOCK)
                .setParameter("quarantined", ItemStatus.QUARANTINED)
                .setParameter("now", LocalDateTime.now())
                .executeUpdate();
    }
}
