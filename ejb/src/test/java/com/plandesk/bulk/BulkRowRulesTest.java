package com.plandesk.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.plandesk.assignment.AssignmentRequest;
import com.plandesk.customer.ContactRole;
import com.plandesk.kernel.PlanDeskException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BulkRowRulesTest {

    /** Acme (customer 7) with a site and a contact of each role; two products; three SIMs in stock. */
    private static final BulkRowRules.Lookups ACME = new BulkRowRules.Lookups() {
        @Override
        public BulkRowRules.Party customer(String reference) {
            if (!List.of("7", "ops@acme.example").contains(reference)) {
                throw PlanDeskException.notFound("customer", "No customer has the ID, e-mail or phone '" + reference
                        + "': check the customer column.");
            }
            return new BulkRowRules.Party(7L, "Acme Ltd (#7)");
        }

        @Override
        public BulkRowRules.Offer product(String slug) {
            return switch (slug) {
                case "mobile-20gb" -> new BulkRowRules.Offer(20L, "Mobile - 20GB Plan",
                        List.of("SIM Card", "Mobile Number"));
                case "iptv-basic" -> new BulkRowRules.Offer(30L, "IPTV Basic", List.of());
                default -> throw PlanDeskException.notFound("product", "No product has the slug '" + slug + "'.");
            };
        }

        @Override
        public List<BulkRowRules.Choice> sites(Long customerId) {
            return List.of(new BulkRowRules.Choice(71L, "Leeds Office", null));
        }

        @Override
        public List<BulkRowRules.Choice> contacts(Long customerId, ContactRole role) {
            return role == ContactRole.BILLING ? List.of(new BulkRowRules.Choice(81L, "Bea Bills", "bills@acme.example"))
                    : List.of(new BulkRowRules.Choice(82L, "Tom Tech", "tech@acme.example"));
        }

        @Override
        public Long item(String template, String reference) {
            if (!reference.startsWith("SIM-")) {
                throw PlanDeskException.notFound("inventory:" + template, "There is no " + template + " '" + reference
                        + "': check the reference in the inventory.");
            }
            return 900L + Long.parseLong(reference.substring(4));
        }
    };

    private static BulkRow row(Map<String, String> cells) {
        return new BulkRow(2, "source", cells, "key");
    }

    @Test
    void aRowBecomesTheRequestItAsksFor() {
        BulkOrder order = BulkRowRules.order(row(Map.of("customer", "ops@acme.example", "product", "mobile-20gb",
                "auto_renew", "No", "inventory:SIM Card", " SIM-3 ", "site", "leeds office",
                "billing_contact", "BILLS@acme.example", "technical_contact", "82", "po_number", "PO-1",
                "field:Cost centre", "CC-9")), ACME);

        AssignmentRequest request = order.request();
        assertThat(request.customerId()).isEqualTo(7L);
        assertThat(request.productId()).isEqualTo(20L);
        assertThat(request.autoRenew()).isFalse();
        assertThat(request.items()).containsExactly(903L);
        assertThat(request.siteId()).isEqualTo(71L);
        assertThat(request.billingContactId()).isEqualTo(81L);
        assertThat(request.technicalContactId()).isEqualTo(82L);
        assertThat(request.poNumber()).isEqualTo("PO-1");
        assertThat(request.customFields()).containsExactly(Map.entry("Cost centre", "CC-9"));
        assertThat(order.namedItems()).containsExactly(Map.entry("inventory:SIM Card", 903L));
        assertThat(order.fromStock()).as("the required item the row does not name").containsExactly("Mobile Number");
        assertThat(order.customer()).isEqualTo("Acme Ltd (#7)");
        assertThat(order.product()).isEqualTo("Mobile - 20GB Plan");
    }

    @Test
    void emptyCellsAskForNothingAndEveryRequiredItemComesFromStock() {
        BulkOrder order = BulkRowRules.order(row(Map.of("customer", "7", "product", "mobile-20gb", "site", " ",
                "inventory:SIM Card", "", "field:Note", "")), ACME);

        assertThat(order.request().autoRenew()).isNull();
        assertThat(order.request().siteId()).isNull();
        assertThat(order.request().items()).isEmpty();
        assertThat(order.request().customFields()).isNull();
        assertThat(order.fromStock()).containsExactly("SIM Card", "Mobile Number");
    }

    @Test
    void anAddOnRowNamesItsServiceByNumber() {
        assertThat(BulkRowRules.order(row(Map.of("customer", "7", "product", "iptv-basic", "service", "4711")), ACME)
                .request().serviceId()).isEqualTo(4711L);
        assertRefused(Map.of("customer", "7", "product", "iptv-basic", "service", "TV-1"),
                "service is 'TV-1': give the ID (a number).");
    }

    @Test
    void eachBadCellIsRefusedWithWhatToDoAboutIt() {
        assertRefused(Map.of("customer", "8", "product", "iptv-basic"),
                "No customer has the ID, e-mail or phone '8': check the customer column.");
        assertRefused(Map.of("customer", "7", "product", "mobile-1tb"), "No product has the slug 'mobile-1tb'.");
        assertRefused(Map.of("customer", "7", "product", "iptv-basic", "auto_renew", "sometimes"),
                "auto_renew is 'sometimes': write yes or no.");
        assertRefused(Map.of("customer", "7", "product", "iptv-basic", "site", "York"),
                "Site 'York' is not a site of Acme Ltd (#7): give one of its sites' IDs or names.");
        assertRefused(Map.of("customer", "7", "product", "iptv-basic", "billing_contact", "tech@acme.example"),
                "'tech@acme.example' is not a billing contact of Acme Ltd (#7).");
        assertRefused(Map.of("customer", "7", "product", "mobile-20gb", "inventory:SIM Card", "X-1"),
                "There is no SIM Card 'X-1': check the reference in the inventory.");
    }

    private static void assertRefused(Map<String, String> cells, String reason) {
        assertThatThrownBy(() -> BulkRowRules.order(row(cells), ACME))
                .isInstanceOfSatisfying(BulkRowRefused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(BulkRowStatus.REJECTED);
                    assertThat(refused.getMessage()).isEqualTo(reason);
                });
    }
}
