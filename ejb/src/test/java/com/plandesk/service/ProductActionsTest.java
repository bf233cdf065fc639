package com.plandesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.plandesk.catalog.Allowances;
import com.plandesk.catalog.Product;
import com.plandesk.catalog.ProductCategory;
import com.plandesk.catalog.ProductDetails;
import com.plandesk.catalog.ServiceType;
import com.plandesk.connector.ocs.OcsAccount;
import com.plandesk.connector.ocs.OcsAction;
import com.plandesk.connector.ocs.OcsConnector;
import com.plandesk.connector.ocs.OcsHealth;
import com.plandesk.customer.CustomerType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the OCS is told a product means, before anything refers to it. */
class ProductActionsTest {

    static final double GIB = 1024.0 * 1024 * 1024;

    final Map<String, List<OcsAction>> actions = new LinkedHashMap<>();
    final Map<String, List<String>> plans = new LinkedHashMap<>();
    final ProductActions productActions = new ProductActions();

    ProductActionsTest() {
        productActions.ocs = new OcsConnector() {
            @Override
            public void setActions(String actionsId, List<OcsAction> list) {
                actions.put(actionsId, list);
            }

            @Override
            public void setStartPlan(String actionPlanId, List<String> actionsIds) {
                plans.put(actionPlanId, actionsIds);
            }

            @Override
            public void setAccount(String account, String actionPlanId) {
                throw new AssertionError("not asked");
            }

            @Override
            public void executeAction(String account, String actionId) {
                throw new AssertionError("not asked");
            }

            @Override
            public void executeActionOnce(String account, String actionId, String onceKey) {
                throw new AssertionError("not asked");
            }

            @Override
            public void setDisabled(String account, boolean disabled) {
                throw new AssertionError("not asked");
            }

            @Override
            public void removeAccount(String account) {
                throw new AssertionError("not asked");
            }

            @Override
            public OcsAccount account(String account) {
                throw new AssertionError("not asked");
            }

            @Override
            public OcsHealth health() {
                throw new AssertionError("not asked");
            }
        };
    }

    @Test
    void aPlansAllowancesAreResetEachTermItsPriceAndSetupFeeDebited() {
        ProductActions.Defined defined = productActions.defined(product("mobile-20gb", ProductCategory.PLAN, "10.00",
                "15.00", new Allowances(new BigDecimal("20"), 1000, 500)));

        assertThat(defined).isEqualTo(new ProductActions.Defined("Action_mobile-20gb", "Charge_mobile-20gb",
                "AP_mobile-20gb"));
        assertThat(actions.get("Action_mobile-20gb")).containsExactly(OcsAction.topupReset("*data", 20 * GIB),
                OcsAction.topupReset("*voice", 1000 * 60e9), OcsAction.topupReset("*sms", 500));
        assertThat(actions.get("Charge_mobile-20gb")).containsExactly(OcsAction.debit(15.00));
        assertThat(actions.get("Setup_mobile-20gb")).containsExactly(OcsAction.debit(10.00));
        assertThat(plans.get("AP_mobile-20gb")).as("a new account gets its first allowance and pays the setup fee")
                .containsExactly("Action_mobile-20gb", "Setup_mobile-20gb");
    }

    @Test
    void anAddOnTopsUpAndIsPaidForOnce() {
        ProductActions.Defined defined = productActions.defined(product("5gb-data-boost", ProductCategory.ADDON, "0",
                "5.00", new Allowances(new BigDecimal("5"), null, null)));

        assertThat(defined).isEqualTo(new ProductActions.Defined("Action_5gb-data-boost", null, null));
        assertThat(actions.get("Action_5gb-data-boost")).containsExactly(OcsAction.topup("*data", 5 * GIB),
                OcsAction.debit(5.00));
        assertThat(plans).isEmpty();
    }

    @Test
    void aPlanWithoutAllowancesOrFeesLeavesTheOcsNothingToRunAtTheStart() {
        ProductActions.Defined defined = productActions.defined(product("iptv-essentials", ProductCategory.PLAN, "0",
                "12.00", Allowances.NONE));

        assertThat(defined).isEqualTo(new ProductActions.Defined(null, "Charge_iptv-essentials", null));
        assertThat(actions).containsOnlyKeys("Charge_iptv-essentials");
    }

    @Test
    void aProductIsDefinedOnceUntilItChanges() {
        Product plan = product("mobile-20gb", ProductCategory.PLAN, "0", "15.00", Allowances.NONE);
        productActions.defined(plan);
        actions.clear();

        productActions.defined(plan);
        assertThat(actions).as("the same version: nothing told again").isEmpty();
    }

    private static Product product(String slug, ProductCategory category, String setupFee, String price,
                                   Allowances allowances) {
        return Product.of(new ProductDetails(slug, slug, category, ServiceType.MOBILE, Set.of(CustomerType.INDIVIDUAL),
                true, new BigDecimal(setupFee), category == ProductCategory.PLAN, new BigDecimal(price), "GBP",
                "provisionMobilePlan", List.of(), null, null, allowances), List.of());
    }
}
