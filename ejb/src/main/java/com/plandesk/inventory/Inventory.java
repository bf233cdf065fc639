package com.plandesk.inventory;

import com.plandesk.platform.PlanDeskException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Stock: what is available, and handing items to services without ever giving one twice. */
@Stateless
@PermitAll
public class Inventory {

    @PersistenceContext
    private EntityManager em;

    public List<ItemView> availableItems(String templateName) {
        if (templateName == null || templateName.isBlank()) {
            throw PlanDeskException.invalid("template", "Give the inventory template name, e.g. 'SIM Card'.");
        }
        return em.createQuery("""
                        select i from InventoryItem i
                        where i.template.name = :template and i.status in :available
                        order by i.reference""", InventoryItem.class)
                .setParameter("template", templateName)
                .setParameter("available", ItemStatus.AVAILABLE)
                .getResultStream()
                .map(ItemView::of)
                .toList();
    }

    public List<ItemView> itemsOfService(Long serviceId) {
        return em.createQuery("select i from InventoryItem i where i.serviceId = :service order by i.id",
                        InventoryItem.class)
                .setParameter("service", serviceId)
                .setHint("eclipselink.refresh", "true") // status changes are bulk updates
                .getResultStream()
                .map(ItemView::of)
                .toList();
    }

    public InventoryItem find(Long itemId) {
        InventoryItem item = itemId == null ? null : em.find(InventoryItem.class, itemId);
        if (item == null) {
            throw PlanDeskException.notFound("items", "Inventory item " + itemId + " does not exist.");
        }
        return item;
    }

    /**
     * Holds available items for a service being provisioned. The update only matches an available item, so of
     * two concurrent requests for one item exactly one wins; the loser's whole transaction rolls back.
     */
    public void holdForService(List<InventoryItem> items, Long serviceId) {
        for (InventoryItem item : items) {
            int held = em.createQuery("""
                            update InventoryItem i
                            set i.status = :reserved, i.serviceId = :service, i.reservedUntil = null,
                                i.version = i.version + 1
                            where i.id = :id and i.status in :available""")
                    .setParameter("reserved", ItemStatus.RESERVED)
                    .setParameter("service", serviceId)
                    .setParameter("id", item.getId())
                    .setParameter("available", ItemStatus.AVAILABLE)
                    .executeUpdate();
            if (held != 1) {
                throw PlanDeskException.conflict("items", item.getTemplate().getName() + " " + item.getReference()
                        + " is no longer available: choose another item.");
            }
        }
    }

    /**
     * Turns the item of the template held for the service ASSIGNED to it and its customer. Idempotent: a
     * retried task finds the item already assigned and reports it again.
     *
     * @return the item's description for the task list ("ICCID: 8944…")
     */
    public String assignHeldItem(Long serviceId, Long customerId, String templateName) {
        List<InventoryItem> items = em.createQuery("""
                        select i from InventoryItem i
                        where i.serviceId = :service and i.template.name = :template
                          and i.status in :held""", InventoryItem.class)
                .setParameter("service", serviceId)
                .setParameter("template", templateName)
                .setParameter("held", List.of(ItemStatus.RESERVED, ItemStatus.ASSIGNED))
                .getResultList();
        if (items.isEmpty()) {
            throw new IllegalStateException("No " + templateName + " is held for service " + serviceId);
        }
        InventoryItem item = items.get(0);
        em.createQuery("""
                        update InventoryItem i set i.status = :assigned, i.customerId = :customer,
                            i.version = i.version + 1
                        where i.id = :id and i.serviceId = :service""")
                .setParameter("assigned", ItemStatus.ASSIGNED)
                .setParameter("customer", customerId)
                .setParameter("id", item.getId())
                .setParameter("service", serviceId)
                .executeUpdate();
        return item.describe();
    }
}
