package com.plandesk.inventory;


import com.plandesk.kernel.Found;
import com.plandesk.kernel.PlanDeskException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
/**
 * Stock as staff and callers see it: templates, free items, a service's or a customer's items, items by id or
 * reference. Reserving is {@link Reservations}, handing items to services {@link ItemHolds}, adding and changing
 * stock {@link StockAdmin}.
 */
@Stateless
@PermitAll
public class Inventory {

    static final int MAX_HOLD_SECONDS = 4 * 3600;

    @Inject
    private EntityManager em;

    public List<String> templateNames() {
        return em.createQuery("select t.name from InventoryTemplate t order by t.name", String.class).getResultList();
    }

    public InventoryTemplate template(String name) {
        return lookUpTemplate(name).orThrow();
    }

    /** {@link #template}, with a refusal handed back instead of thrown (an import goes on with its next line). */
    public Found<InventoryTemplate> lookUpTemplate(String name) {
        if (name == null || name.isBlank()) {
            return Found.refused(PlanDeskException.invalid("template",
                    "Give the inventory template name, e.g. 'SIM Card'."));
        }
        return em.createNamedQuery(InventoryTemplate.BY_NAME, InventoryTemplate.class)
                .setParameter("name", name.trim())
                .getResultStream().findFirst().map(Found::of)
                .orElseGet(() -> Found.refused(PlanDeskException.notFound("template", "There is no inventory "
                        + "template '" + name + "': check the template name (" + String.join(", ", templateNames())
                        + ").")));
    }

    /** What a selector offers: free items of the template, oldest references first. */
    public List<ItemView> availableItems(String templateName) {
        InventoryTemplate template = template(templateName);
        return FreeItems.free(em.createQuery("select i from InventoryItem i where i.template = :template and "
                        + offerable(template) + " order by i.reference", InventoryItem.class))
                .setParameter("template", template)
                .setMaxResults(500)
                .getResultStream()
                .map(ItemView::of)
                .toList();
    }

    /** Stock management: the items of a template, of one status or all. */
    public List<ItemView> items(String templateName, ItemStatus status, int max) {
        InventoryTemplate template = template(templateName);
        var query = em.createQuery("select i from InventoryItem i where i.template = :template"
                        + (status == null ? "" : " and i.status = :status") + " order by i.reference",
                        InventoryItem.class)
                .setParameter("template", template);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setMaxResults(max)
                .getResultStream()
                .map(ItemView::of)
                .toList();
    }

    /**
     * A service's items, read as plain rows: the provisioning tasks read them several times per run, and need
     * neither entities built and cached nor refreshed (status changes are bulk updates). Items change only
     * through such updates, which go to the database at once, so the read need not flush the transaction's
     * other changes first: the service record's two changes of one task transaction then go out as one update.
     * A named query: setting the flush mode on a query built here made EclipseLink prepare its SQL anew each time.
     */
    public List<ItemView> itemsOfService(Long serviceId) {
        return em.createNamedQuery(InventoryItem.OF_SERVICE, Object[].class)
                .setParameter("service", serviceId)
                .getResultStream()
                .map(row -> new ItemView((Long) row[0], (String) row[1], (String) row[3], (String) row[4],
                        InventoryItem.describe((String) row[2], (String) row[3], (String) row[4]),
                        (ItemStatus) row[5], (Long) row[6], (Long) row[7]))
                .toList();
    }

    public List<ItemView> itemsOfCustomer(Long customerId) {
        return em.createQuery("select i from InventoryItem i where i.customerId = :customer order by i.id",
                        InventoryItem.class)
                .setParameter("customer", customerId)
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

    /** The items given by id, in the order given, read in one query (an assignment names one per template). */
    public List<InventoryItem> find(List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        Map<Long, InventoryItem> found = em.createQuery("select i from InventoryItem i where i.id in :ids",
                        InventoryItem.class)
                .setParameter("ids", itemIds.stream().filter(Objects::nonNull).distinct().toList())
                .getResultStream()
                .collect(Collectors.toMap(InventoryItem::getId, Function.identity()));
        return itemIds.stream().map(id -> {
            InventoryItem item = id == null ? null : found.get(id);
            if (item == null) {
                throw PlanDeskException.notFound("items", "Inventory item " + id + " does not exist.");
            }
            return item;
        }).toList();
    }

    /** An item by its reference (SIM-00123), as bulk files name items. */
    public InventoryItem findByReference(String templateName, String reference) {
        return lookUp(templateName, reference).orThrow();
    }

    /** {@link #findByReference}, with a refusal handed back instead of thrown. */
    public Found<InventoryItem> lookUp(String templateName, String reference) {
        return em.createQuery("select i from InventoryItem i where i.reference = :reference", InventoryItem.class)
                .setParameter("reference", reference.trim())
                .getResultStream().findFirst().map(Found::of)
                .orElseGet(() -> Found.refused(PlanDeskException.notFound("inventory:" + templateName, "There is no "
                        + templateName + " '" + reference.trim() + "': check the reference in the inventory.")));
    }

    /** Ids of free items of the template after the given id, in id order: stock for a bulk run, a block at a time. */
    public List<Long> freeItemIds(String templateName, long afterId, int max) {
        InventoryTemplate template = template(templateName);
        return FreeItems.free(em.createQuery("select i.id from InventoryItem i where i.template = :template and i.id > :after and "
                        + offerable(template) + " order by i.id", Long.class))
                .setParameter("template", template)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    /** Free, and with what provisioning needs: a SIM card without its ICCID is never offered. */
    private static String offerable(InventoryTemplate template) {
        return FreeItems.FREE + (template.getItemFormat().needsIdentifier() ? " and i.identifier is not null" : "");
    }

    /** The items held by a reservation that no assignment has taken yet. */
    public List<InventoryItem> reservedItems(String token) {
        return em.createQuery("""
                        select i from InventoryItem i
                        where i.reservationToken = :token and i.status = :reserved and i.serviceId is null
                        order by i.id""", InventoryItem.class)
                .setParameter("token", token)
                .setParameter("reserved", ItemStatus.RESERVED)
                .setHint("eclipselink.refresh", "true") // status changes are bulk updates
                .getResultList();
    }
}
