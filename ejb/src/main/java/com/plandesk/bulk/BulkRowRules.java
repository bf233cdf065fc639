package com.plandesk.bulk;

import com.plandesk.assignment.AssignmentRequest;
import com.plandesk.customer.ContactRole;
import com.plandesk.kernel.PlanDeskException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules of one bulk row: which columns mean what, and how a row becomes an {@link AssignmentRequest}. Pure:
 * what it needs to know of customers, products and stock it asks of {@link Lookups}. A row it refuses comes out
 * as a {@link BulkRowRefused} with a reason a supervisor can act on.
 */
public final class BulkRowRules {

    /** What a row's references point at. Each method throws a {@link PlanDeskException} when nothing fits. */
    public interface Lookups {

        /** The customer by ID, e-mail or phone. */
        Party customer(String reference);

        /** The product by slug. */
        Offer product(String slug);

        List<Choice> sites(Long customerId);

        /** The customer's contacts of the role. */
        List<Choice> contacts(Long customerId, ContactRole role);

        /** The id of the item of the template with this reference. */
        Long item(String template, String reference);
    }

    /** A customer, as a row needs it. */
    public record Party(Long id, String label) {
    }

    /** A product, as a row needs it: the templates of its required items. */
    public record Offer(Long id, String name, List<String> requiredTemplates) {
    }

    /** A site or a contact a cell may name by ID, name or (contacts) e-mail. */
    public record Choice(Long id, String name, String email) {

        boolean isNamedBy(String value) {
            return value.equals(String.valueOf(id)) || value.equalsIgnoreCase(name)
                    || email != null && value.equalsIgnoreCase(email);
        }
    }

    private BulkRowRules() {
    }

    public static BulkOrder order(BulkRow row, Lookups lookups) {
        try {
            Party customer = lookups.customer(row.cell(BulkCsv.CUSTOMER));
            Offer product = lookups.product(row.cell(BulkCsv.PRODUCT));
            Map<String, Long> named = new LinkedHashMap<>();
            row.cells().keySet().stream().filter(column -> column.startsWith(BulkCsv.INVENTORY)
                            && row.cell(column) != null)
                    .forEach(column -> named.put(column, lookups.item(column.substring(BulkCsv.INVENTORY.length()),
                            row.cell(column))));
            List<String> fromStock = product.requiredTemplates().stream()
                    .filter(template -> row.cell(BulkCsv.INVENTORY + template) == null).toList();
            AssignmentRequest request = new AssignmentRequest(customer.id(), product.id(),
                    number(row.cell(BulkCsv.SERVICE), BulkCsv.SERVICE), null, new ArrayList<>(named.values()),
                    autoRenew(row.cell(BulkCsv.AUTO_RENEW)),
                    site(row.cell(BulkCsv.SITE), customer, lookups),
                    contact(row.cell(BulkCsv.BILLING_CONTACT), ContactRole.BILLING, BulkCsv.BILLING_CONTACT, customer,
                            lookups),
                    contact(row.cell(BulkCsv.TECHNICAL_CONTACT), ContactRole.TECHNICAL, BulkCsv.TECHNICAL_CONTACT,
                            customer, lookups),
                    row.cell(BulkCsv.PO_NUMBER), null, customFields(row));
            return new BulkOrder(row, request, named, fromStock, customer.label(), product.name());
        } catch (PlanDeskException e) {
            throw BulkRowRefused.rejected(e.getMessage());
        }
    }

    /** yes / no (and their usual spellings); null when the cell is empty. */
    static Boolean autoRenew(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1" -> true;
            case "no", "n", "false", "0" -> false;
            default -> throw PlanDeskException.invalid(BulkCsv.AUTO_RENEW, "auto_renew is '" + value
                    + "': write yes or no.");
        };
    }

    private static Long number(String value, String column) {
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,18}")) {
            throw PlanDeskException.invalid(column, column + " is '" + value + "': give the ID (a number).");
        }
        return Long.valueOf(value);
    }

    private static Long site(String value, Party customer, Lookups lookups) {
        return value == null ? null : pick(lookups.sites(customer.id()), value, BulkCsv.SITE, "Site '" + value
                + "' is not a site of " + customer.label() + ": give one of its sites' IDs or names.");
    }

    private static Long contact(String value, ContactRole role, String column, Party customer, Lookups lookups) {
        return value == null ? null : pick(lookups.contacts(customer.id(), role), value, column, "'" + value
                + "' is not a " + role.name().toLowerCase(Locale.ROOT) + " contact of " + customer.label() + ".");
    }

    private static Long pick(List<Choice> choices, String value, String column, String problem) {
        return choices.stream().filter(choice -> choice.isNamedBy(value)).map(Choice::id).findFirst()
                .orElseThrow(() -> PlanDeskException.notAllowed(column, problem));
    }

    private static Map<String, String> customFields(BulkRow row) {
        Map<String, String> fields = new LinkedHashMap<>();
        row.cells().keySet().stream().filter(column -> column.startsWith(BulkCsv.FIELD) && row.cell(column) != null)
                .forEach(column -> fields.put(column.substring(BulkCsv.FIELD.length()), row.cell(column)));
        return fields.isEmpty() ? null : fields;
    }
}
