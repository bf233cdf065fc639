package com.plandesk.inventory;

import static com.plandesk.kernel.Text.blankToNull;

import com.plandesk.kernel.PlanDeskException;
import com.plandesk.kernel.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Stock: what is available, reservations, and handing items to services. Every change that hands an item
 * out is a conditional update that only matches an item still free, so the database itself refuses to
 * give one item twice, whatever the concurrency; the loser's whole transaction rolls back.
 */
@Stateless
@PermitAll
public class Inventory {

    private static final Logger LOG = Logger.getLogger(Inventory.class.getName());
    static final int MAX_HOLD_SECONDS = 4 * 3600;

    /** Free: available, or held by a reservation that has expired (the expiry job may not have run yet). */
    private static final String FREE = """
            (i.status in :available or (i.status = :reserved and i.serviceId is null
                                        and i.reservationToken is not null and i.reservedUntil < :now))""";

    @Inject
    private EntityManager em;

    public List<String> templateNames() {
        return em.createQuery("select t.name from InventoryTemplate t order by t.name", String.class).getResultList();
    }

    public InventoryTemplate template(String name) {
        if (name == null || name.isBlank()) {
            throw PlanDeskException.invalid("template", "Give the inventory template name, e.g. 'SIM Card'.");
        }
        return em.createNamedQuery(InventoryTemplate.BY_NAME, InventoryTemplate.class)
                .setParameter("name", name.trim())
                .getResultStream().findFirst()
                .orElseThrow(() -> PlanDeskException.notFound("template", "There is no inventory template '" + name
                        + "': check the template name (" + String.join(", ", templateNames()) + ")."));
    }

    /** What a selector offers: free items of the template, oldest references first. */
    public List<ItemView> availableItems(String templateName) {
        InventoryTemplate template = template(templateName);
        return free(em.createQuery("select i from InventoryItem i where i.template = :template and " + FREE
                        + " order by i.reference", InventoryItem.class))
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
        return em.createQuery("select i from InventoryItem i where i.reference = :reference", InventoryItem.class)
                .setParameter("reference", reference.trim())
                .getResultStream().findFirst()
                .orElseThrow(() -> PlanDeskException.notFound("inventory:" + templateName, "There is no "
                        + templateName + " '" + reference.trim() + "': check the reference in the inventory."));
    }

    /** Ids of free items of the template after the given id, in id order: stock for a bulk run, a block at a time. */
    public List<Long> freeItemIds(String templateName, long afterId, int max) {
        InventoryTemplate template = template(templateName);
        return free(em.createQuery("select i.id from InventoryItem i where i.template = :template and i.id > :after and "
                        + FREE + " order by i.id", Long.class))
                .setParameter("template", template)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
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

    /** Whether an assignment may take this item: free, or reserved under the assignment's reservation. */
    public boolean isOfferable(InventoryItem item, String reservationToken) {
        if (ItemStatus.AVAILABLE.contains(item.getStatus())) {
            return true;
        }
        return item.getStatus() == ItemStatus.RESERVED && item.getServiceId() == null
                && item.getReservationToken() != null
                && (item.getReservationToken().equals(reservationToken)
                || item.getReservedUntil().isBefore(LocalDateTime.now()));
    }

    // --- reservations -------------------------------------------------------------------------------

    /** Holds the items for the agent; 409 naming every item that is taken, and then nothing is held. */
    public ReservationView reserve(List<Long> itemIds, Integer holdSeconds, String actor) {
        if (itemIds == null || itemIds.isEmpty()) {
            throw PlanDeskException.invalid("itemIds", "Choose at least one item to reserve (itemIds).");
        }
        if (new HashSet<>(itemIds).size() != itemIds.size() || itemIds.contains(null)) {
            throw PlanDeskException.invalid("itemIds", "List each item once.");
        }
        int seconds = holdSeconds == null ? Settings.reservationMinutes() * 60 : holdSeconds;
        if (seconds < 1 || seconds > MAX_HOLD_SECONDS) {
            throw PlanDeskException.invalid("holdSeconds", "Hold items between 1 second and 4 hours.");
        }
        List<InventoryItem> items = find(itemIds);
        Reservation reservation = new Reservation(actor, LocalDateTime.now().plusSeconds(seconds));
        em.persist(reservation);
        List<String> taken = new ArrayList<>();
        for (InventoryItem item : items) {
            if (takeFree(List.of(item.getId()), "i.reservationToken = :token, i.reservedUntil = :until", q -> q
                    .setParameter("token", reservation.getToken())
                    .setParameter("until", reservation.getExpiresAt())) == 0) {
                taken.add(item.getTemplate().getName() + " " + item.getReference());
            }
        }
        if (!taken.isEmpty()) {
            throw PlanDeskException.conflict("itemIds", "Already taken by someone else: " + String.join(", ", taken)
                    + ". Choose other items; nothing was reserved.");
        }
        return new ReservationView(reservation.getToken(), reservation.getExpiresAt(),
                reservedItems(reservation.getToken()).stream().map(ItemView::of).toList());
    }

    /**
     * An agent changed a selection: the items of the old reservation go back and the new set is held under a
     * new one, in one transaction (if any new item is taken, the old reservation stays as it was).
     */
    public ReservationView replaceReservation(String oldToken, List<Long> itemIds, String actor) {
        if (oldToken != null && em.find(Reservation.class, oldToken) != null) {
            release(oldToken);
        }
        return itemIds == null || itemIds.isEmpty() ? null : reserve(itemIds, null, actor);
    }

    /** Gives a reservation's items back (those not yet taken by an assignment). */
    public int release(String token) {
        Reservation reservation = token == null ? null : em.find(Reservation.class, token);
        if (reservation == null) {
            throw PlanDeskException.notFound("token", "There is no reservation " + token
                    + ": it was released, used or has expired.");
        }
        int released = em.createQuery("""
                        update InventoryItem i set i.status = i.availableStatus, i.availableStatus = null,
                            i.reservationToken = null, i.reservedUntil = null, i.version = i.version + 1
                        where i.reservationToken = :token and i.status = :reserved and i.serviceId is null""")
                .setParameter("token", token)
                .setParameter("reserved", ItemStatus.RESERVED)
                .executeUpdate();
        em.remove(reservation);
        return released;
    }

    /** Run by {@link ReservationExpiry}: expired reservations give their items back. */
    public int releaseExpired() {
        LocalDateTime now = LocalDateTime.now();
        int released = em.createQuery("""
                        update InventoryItem i set i.status = i.availableStatus, i.availableStatus = null,
                            i.reservationToken = null, i.reservedUntil = null, i.version = i.version + 1
                        where i.status = :reserved and i.serviceId is null and i.reservationToken is not null
                          and i.reservedUntil < :now""")
                .setParameter("reserved", ItemStatus.RESERVED)
                .setParameter("now", now)
                .executeUpdate();
        em.createQuery("delete from Reservation r where r.expiresAt < :now").setParameter("now", now)
                .executeUpdate();
        if (released > 0) {
            LOG.info(() -> released + " items of expired reservations released");
        }
        return released;
    }

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
        int taken = takeFree(ids, "i.serviceId = :service, i.reservationToken = null, i.reservedUntil = null",
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
        int taken = takeFree(ids, service.toString(), q -> {
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
     * The one conditional update that takes free items: they turn RESERVED, remembering what they were. It never
     * waits for another transaction: an item someone else is taking right now counts as taken. Waiting made two
     * bulk runs picking from the same stock deadlock — each run's chunk held items the other's wanted — and the
     * database then turned valid rows away after a second's stall.
     */
    private int takeFree(List<Long> itemIds, String assignments, java.util.function.UnaryOperator<Query> bind) {
        List<Long> ours = lockWithoutWaiting(itemIds);
        if (ours.isEmpty()) {
            return 0;
        }
        return bind.apply(free(em.createQuery("update InventoryItem i set i.status = :reserved, "
                        + "i.availableStatus = case when i.status = :reserved then i.availableStatus else i.status end, "
                        + assignments + ", i.version = i.version + 1 where i.id in :ids and " + FREE)))
                .setParameter("ids", ours)
                .executeUpdate();
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
        List<Long> free = free(em.createQuery("select i.id from InventoryItem i where i.id in :ids and " + FREE,
                Long.class)).setParameter("ids", itemIds).getResultList();
        Set<Long> locked = free.isEmpty() ? Set.of() : new HashSet<>(lockWithoutWaiting(free));
        return itemIds.stream().filter(locked::contains).toList();
    }

    /** Of these items, those no other transaction holds, now locked for this one (PostgreSQL and H2 alike). */
    private List<Long> lockWithoutWaiting(List<Long> itemIds) {
        String placeholders = String.join(", ", Collections.nCopies(itemIds.size(), "?"));
        Query lock = em.createNativeQuery("SELECT id FROM inventory_item WHERE id IN (" + placeholders
                + ") FOR UPDATE SKIP LOCKED");
        for (int i = 0; i < itemIds.size(); i++) {
            lock.setParameter(i + 1, itemIds.get(i));
        }
        return ((List<?>) lock.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    private static <Q extends Query> Q free(Q query) {
        query.setParameter("available", ItemStatus.AVAILABLE)
                .setParameter("reserved", ItemStatus.RESERVED)
                .setParameter("now", LocalDateTime.now());
        return query;
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
        InventoryTemplate template = template(templateName); // a template name the BPMN got wrong is said so
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

    // --- stock management (admin) --------------------------------------------------------------------

    @RolesAllowed("admin")
    public ItemView addItem(String templateName, String reference, String identifier, ItemStatus status) {
        InventoryTemplate template = template(templateName);
        String ref = required(reference, "reference", "Give the item's reference, e.g. SIM-00200.");
        ItemStatus initial = status == null ? ItemStatus.IN_STOCK : status;
        if (!ItemStatus.AVAILABLE.contains(initial)) {
            throw PlanDeskException.invalid("status", "New stock is NEW or IN_STOCK.");
        }
        if (referenceExists(ref)) {
            throw PlanDeskException.conflict("reference", "An item with reference " + ref + " already exists.");
        }
        InventoryItem item = new InventoryItem(template, ref, blankToNull(identifier), initial);
        em.persist(item);
        em.flush();
        return ItemView.of(item);
    }

    /**
     * Adds stock from CSV (header: template, reference, identifier, status). Each line gets a result; bad
     * lines are skipped, good ones added.
     */
    @RolesAllowed("admin")
    public ItemImportResult importItems(String csv) {
        if (csv == null || csv.isBlank()) {
            throw PlanDeskException.invalid("file", "The file is empty: it needs a header line "
                    + "(template,reference,identifier,status) and one item per line.");
        }
        List<ItemImportResult.Line> lines = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int added = 0;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(csv))) {
            if (!parser.getHeaderNames().contains("template") || !parser.getHeaderNames().contains("reference")) {
                throw PlanDeskException.invalid("file", "The header must name the columns template and reference"
                        + " (identifier and status are optional); found: " + parser.getHeaderNames());
            }
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                String reference = row.isMapped("reference") ? row.get("reference") : "";
                try {
                    if (!seen.add(reference)) {
                        throw PlanDeskException.conflict("reference", reference + " appears twice in the file.");
                    }
                    String status = row.isMapped("status") && row.isSet("status") ? row.get("status") : "";
                    addItem(row.get("template"), reference,
                            row.isMapped("identifier") && row.isSet("identifier") ? row.get("identifier") : null,
                            status.isBlank() ? null : parseStatus(status));
                    lines.add(new ItemImportResult.Line(line, reference, true, "Added"));
                    added++;
                } catch (PlanDeskException e) {
                    lines.add(new ItemImportResult.Line(line, reference, false, e.getMessage()));
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw PlanDeskException.invalid("file", "The file is not valid CSV: " + e.getMessage());
        }
        return new ItemImportResult(added, lines.size() - added, lines);
    }

    /** Changes an item's status by hand; items held for or assigned to a service are not changed here. */
    @RolesAllowed("admin")
    public ItemView changeStatus(Long itemId, ItemStatus status) {
        InventoryItem item = find(itemId);
        if (status == null || status == ItemStatus.RESERVED || status == ItemStatus.ASSIGNED) {
            throw PlanDeskException.invalid("status", "Set NEW, IN_STOCK or RETIRED; items are reserved and "
                    + "assigned through assignments.");
        }
        int changed = em.createQuery("""
                        update InventoryItem i set i.status = :status, i.version = i.version + 1
                        where i.id = :id and i.serviceId is null and i.status <> :assigned
                          and (i.status <> :reserved or i.reservedUntil < :now)""")
                .setParameter("status", status)
                .setParameter("id", itemId)
                .setParameter("assigned", ItemStatus.ASSIGNED)
                .setParameter("reserved", ItemStatus.RESERVED)
                .setParameter("now", LocalDateTime.now())
                .executeUpdate();
        if (changed == 0) {
            throw PlanDeskException.notAllowed("status", item.getReference() + " is " + item.getStatus().name()
                    .toLowerCase(Locale.ROOT) + (item.getServiceId() == null ? "" : " for service " + item.getServiceId())
                    + ": it cannot be changed by hand now.");
        }
        em.refresh(item);
        return ItemView.of(item);
    }

    private boolean referenceExists(String reference) {
        return !em.createQuery("select i.id from InventoryItem i where i.reference = :reference", Long.class)
                .setParameter("reference", reference).setMaxResults(1).getResultList().isEmpty();
    }

    private static ItemStatus parseStatus(String status) {
        try {
            return ItemStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlanDeskException.invalid("status", "Unknown status '" + status + "': use NEW or IN_STOCK.");
        }
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw PlanDeskException.invalid(field, message);
        }
        if (value.trim().length() > 100) {
            throw PlanDeskException.invalid(field, "The " + field + " has at most 100 characters.");
        }
        return value.trim();
    }

}
