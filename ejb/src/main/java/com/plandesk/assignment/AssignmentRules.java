package com.plandesk.assignment;

import com.plandesk.catalog.InventoryRequirement;
import com.plandesk.catalog.Product;
import com.plandesk.customer.ContactRole;
import com.plandesk.customer.Customer;
import com.plandesk.customer.CustomerStatus;
import com.plandesk.customer.Site;
import com.plandesk.inventory.InventoryItem;
import com.plandesk.kernel.PlanDeskException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules an assignment must pass, whoever asks (screen, API, CSV row): may this customer have this product,
 * do the site and contacts belong to the customer, are the items the product's and free to take. Pure: each
 * refusal is a {@link PlanDeskException} that says what to do.
 */
final class AssignmentRules {

    private AssignmentRules() {
    }

    static void checkEligible(Customer customer, Product product) {
        if (!product.isEnabled()) {
            throw PlanDeskException.notAllowed("productId", product.getName()
                    + " is disabled in the catalog: choose an enabled product.");
        }
        checkMayHave(customer, product);
    }

    /** The customer may hold the product: its type, an active account, a valid payment method. */
    static void checkMayHave(Customer customer, Product product) {
        if (!product.isFor(customer.getType())) {
            throw PlanDeskException.notAllowed("productId", product.getName() + " is not available to "
                    + customer.getType().name().toLowerCase() + " customers: choose a product for "
                    + customer.label() + ".");
        }
        if (customer.getStatus() != CustomerStatus.ACTIVE) {
            throw PlanDeskException.notAllowed("customerId", customer.label() + " is "
                    + customer.getStatus().name().toLowerCase() + ": only active customers get new services.");
        }
        if (!customer.isPaymentMethodValid()) {
            throw PlanDeskException.notAllowed("customerId", customer.label()
                    + " has no valid payment method on file: update the payment method, then assign again.");
        }
    }

    static void checkBusinessDetails(Customer customer, AssignmentRequest request) {
        if (request.siteId() != null && customer.getSites().stream().map(Site::getId)
                .noneMatch(request.siteId()::equals)) {
            throw PlanDeskException.notAllowed("siteId", "Site " + request.siteId() + " is not a site of "
                    + customer.label() + ".");
        }
        checkContact(customer, request.billingContactId(), ContactRole.BILLING, "billingContactId");
        checkContact(customer, request.technicalContactId(), ContactRole.TECHNICAL, "technicalContactId");
    }

    private static void checkContact(Customer customer, Long contactId, ContactRole role, String field) {
        if (contactId != null && customer.getContacts().stream()
                .noneMatch(c -> contactId.equals(c.getId()) && c.getRole() == role)) {
            throw PlanDeskException.notAllowed(field, "Contact " + contactId + " is not a "
                    + role.name().toLowerCase() + " contact of " + customer.label() + ".");
        }
    }

    /** One offerable item per inventory requirement; every required one given. */
    static List<InventoryItem> checkItems(Product product, List<InventoryItem> chosen, String reservationToken) {
        List<InventoryItem> items = new ArrayList<>();
        Set<String> templatesGiven = new HashSet<>();
        for (InventoryItem item : chosen) {
            String template = item.getTemplate().getName();
            boolean wanted = product.getInventoryRequirements().stream()
                    .anyMatch(r -> r.getTemplate().getName().equals(template));
            if (!wanted) {
                throw PlanDeskException.notAllowed("items", item.getReference() + " is a " + template + ", which "
                        + product.getName() + " does not use.");
            }
            if (!templatesGiven.add(template)) {
                throw PlanDeskException.notAllowed("items", "Choose one " + template + ", not several.");
            }
            if (!item.isOfferable(reservationToken)) {
                throw PlanDeskException.conflict("items", template + " " + item.getReference() + " is "
                        + item.getStatus().name().toLowerCase() + ", not available: choose another item.");
            }
            items.add(item);
        }
        for (InventoryRequirement requirement : product.getInventoryRequirements()) {
            String template = requirement.getTemplate().getName();
            if (requirement.isRequired() && !templatesGiven.contains(template)) {
                throw PlanDeskException.notAllowed("items", product.getName() + " needs a " + template
                        + ": choose one from the available " + template + " items.");
            }
        }
        return items;
    }
}
