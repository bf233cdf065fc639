package com.plandesk.inventory;

import static com.plandesk.kernel.Text.blankToNull;

import com.plandesk.kernel.BeanValidation;
import com.plandesk.kernel.PlanDeskException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
/** Adding stock (one item, or a CSV file), changing an item's status by hand, and taking back what customers return. */
@Stateless
@RolesAllowed("admin")
public class StockAdmin {

    @Inject
    private EntityManager em;

    @Inject
    private Inventory inventory;

    @Inject
    private BeanValidation validation;

    @RolesAllowed("admin")
    public ItemView addItem(String templateName, String reference, String identifier, ItemStatus status) {
        InventoryTemplate template = inventory.lookUpTemplate(templateName).orThrow();
        String ref = required(reference, "reference", "Give the item's reference, e.g. SIM-00200.");
        ItemStatus initial = status == null ? ItemStatus.IN_STOCK : status;
        if (!ItemStatus.AVAILABLE.contains(initial)) {
            throw PlanDeskException.invalid("status", "New stock is NEW or IN_STOCK.");
        }
        if (referenceExists(ref)) {
            throw PlanDeskException.conflict("reference", "An item with reference " + ref + " already exists.");
        }
        String id = blankToNull(identifier);
        Object checked = template.getItemFormat().checked(ref, id);
        if (checked != null) {
            validation.check(checked, "");
        }
        if (id != null && identifierExists(template, id)) {
            throw PlanDeskException.conflict("identifier", "Another " + template.getName() + " has the "
                    + (template.getIdentifierName() == null ? "identifier" : template.getIdentifierName()) + " " + id
                    + ": each item is entered once.");
        }
        InventoryItem item = new InventoryItem(template, ref, id, initial);
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
        InventoryItem item = inventory.find(itemId);
        if (status == null || status == ItemStatus.RESERVED || status == ItemStatus.ASSIGNED
                || status == ItemStatus.QUARANTINED || status == ItemStatus.RETURN_DUE) {
            throw PlanDeskException.invalid("status", "Set NEW, IN_STOCK or RETIRED; items are reserved and "
                    + "assigned through assignments.");
        }
        int changed = em.createQuery("""
                        update InventoryItem i set i.status = :status, i.version = i.version + 1
                        where i.id = :id and i.serviceId is null and i.status <> :assigned and i.status <> :due
                          and (i.status <> :reserved or i.reservedUntil < :now)""")
                .setParameter("due", ItemStatus.RETURN_DUE)
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

    /** An item due back from a customer was returned: it is in stock again and offered to staff. */
    @RolesAllowed("agent")
    public ItemView confirmReturned(Long itemId) {
        InventoryItem item = inventory.find(itemId);
        int changed = em.createQuery("""
                        update InventoryItem i set i.status = :inStock, i.customerId = null, i.version = i.version + 1
                        where i.id = :id and i.status = :due""")
                .setParameter("inStock", ItemStatus.IN_STOCK).setParameter("id", itemId)
                .setParameter("due", ItemStatus.RETURN_DUE).executeUpdate();
        if (changed == 0) {
            throw PlanDeskException.conflict("status", item.getReference() + " is "
                    + item.getStatus().name().toLowerCase(Locale.ROOT) + ": only an item due back from a customer "
                    + "is confirmed returned.");
        }
        em.refresh(item);
        return ItemView.of(item);
    }

    private boolean identifierExists(InventoryTemplate template, String identifier) {
        return !em.createQuery("""
                        select i.id from InventoryItem i where i.template = :template and i.identifier = :identifier""",
                        Long.class)
                .setParameter("template", template).setParameter("identifier", identifier).setMaxResults(1)
                .getResultList().isEmpty();
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
