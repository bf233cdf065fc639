package com.plandesk.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.plandesk.catalog.InventoryRequirement;
import com.plandesk.catalog.Product;
import com.plandesk.catalog.ProductCategory;
import com.plandesk.catalog.ProductDetails;
import com.plandesk.catalog.ServiceType;
import com.plandesk.customer.ContactRole;
import com.plandesk.customer.Customer;
import com.plandesk.customer.CustomerStatus;
import com.plandesk.customer.CustomerType;
import com.plandesk.inventory.InventoryItem;
import com.plandesk.inventory.InventoryTemplate;
import com.plandesk.inventory.ItemStatus;
import com.plandesk.kernel.PlanDeskException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssignmentRulesTest {

    private static final InventoryTemplate SIM = new InventoryTemplate("SIM Card", "ICCID");
    private static final InventoryTemplate NUMBER = new InventoryTemplate("Mobile Number", null);
    private static final InventoryTemplate MODEM = new InventoryTemplate("CPE Modem", "Serial");

    private static Product mobilePlan(boolean enabled, CustomerType... customerTypes) {
        return Product.of(new ProductDetails("mobile-20gb", "Mobile - 20GB Plan", ProductCategory.PLAN,
                ServiceType.MOBILE, Set.of(customerTypes), enabled, BigDecimal.ZERO, true, new BigDecimal("20.00"),
                "GBP", "provisionMobilePlan", List.of(), null, null, null),
                List.of(new InventoryRequirement(SIM, true), new InventoryRequirement(NUMBER, false)));
    }

    private static Customer customer(CustomerType type, boolean paymentMethodValid) {
        return new Customer(type, "Ada Lovelace", "ada@example.com", "+44 7700 900001", paymentMethodValid);
    }

    private static void assertRefused(Runnable check, String message) {
        assertThatThrownBy(check::run).isInstanceOf(PlanDeskException.class).hasMessage(message);
    }

    @Test
    void anActiveCustomerOfTheRightTypeWithAValidPaymentMethodMayHaveAnEnabledProduct() {
        AssignmentRules.checkEligible(customer(CustomerType.INDIVIDUAL, true), mobilePlan(true, CustomerType.INDIVIDUAL));
    }

    @Test
    void eachEligibilityRuleRefusesWithWhatToDo() {
        Customer ada = customer(CustomerType.INDIVIDUAL, true);
        assertRefused(() -> AssignmentRules.checkEligible(ada, mobilePlan(false, CustomerType.INDIVIDUAL)),
                "Mobile - 20GB Plan is disabled in the catalog: choose an enabled product.");
        assertRefused(() -> AssignmentRules.checkEligible(ada, mobilePlan(true, CustomerType.BUSINESS)),
                "Mobile - 20GB Plan is not available to individual customers: choose a product for "
                        + ada.label() + ".");
        assertRefused(() -> AssignmentRules.checkEligible(customer(CustomerType.INDIVIDUAL, false),
                mobilePlan(true, CustomerType.INDIVIDUAL)), ada.label()
                + " has no valid payment method on file: update the payment method, then assign again.");
        ada.changeStatus(CustomerStatus.SUSPENDED);
        assertRefused(() -> AssignmentRules.checkEligible(ada, mobilePlan(true, CustomerType.INDIVIDUAL)),
                ada.label() + " is suspended: only active customers get new services.");
    }

    @Test
    void aSiteOrAContactOfAnotherCustomerIsRefused() {
        Customer acme = customer(CustomerType.BUSINESS, true);
        acme.addContact("Bea Bills", "bills@acme.example", null, ContactRole.BILLING);
        assertRefused(() -> AssignmentRules.checkBusinessDetails(acme, request(List.of(), 99L, null)),
                "Site 99 is not a site of " + acme.label() + ".");
        assertRefused(() -> AssignmentRules.checkBusinessDetails(acme, request(List.of(), null, 98L)),
                "Contact 98 is not a billing contact of " + acme.label() + ".");
        AssignmentRules.checkBusinessDetails(acme, request(List.of(), null, null));
    }

    @Test
    void theItemsAreOnePerTemplateOfTheProductFreeAndEveryRequiredOneGiven() {
        Product plan = mobilePlan(true, CustomerType.INDIVIDUAL);
        InventoryItem sim = new InventoryItem(SIM, "SIM-1", "8944000000000000001", ItemStatus.IN_STOCK);
        InventoryItem number = new InventoryItem(NUMBER, "+447700900123", null, ItemStatus.NEW);

        assertThat(AssignmentRules.checkItems(plan, List.of(sim, number), null)).containsExactly(sim, number);
        assertRefused(() -> AssignmentRules.checkItems(plan, List.of(number), null),
                "Mobile - 20GB Plan needs a SIM Card: choose one from the available SIM Card items.");
        assertRefused(() -> AssignmentRules.checkItems(plan, List.of(sim,
                        new InventoryItem(SIM, "SIM-2", "8944000000000000002", ItemStatus.NEW)), null),
                "Choose one SIM Card, not several.");
        assertRefused(() -> AssignmentRules.checkItems(plan, List.of(sim,
                        new InventoryItem(MODEM, "CPE-1", "SN1", ItemStatus.NEW)), null),
                "CPE-1 is a CPE Modem, which Mobile - 20GB Plan does not use.");
        assertRefused(() -> AssignmentRules.checkItems(plan, List.of(
                        new InventoryItem(SIM, "SIM-3", "8944000000000000003", ItemStatus.RETIRED)), null),
                "SIM Card SIM-3 is retired, not available: choose another item.");
    }

    private static AssignmentRequest request(List<Long> items, Long siteId, Long billingContactId) {
        return new AssignmentRequest(1L, 2L, null, null, items, null, siteId, billingContactId, null, null, null, null);
    }
}
