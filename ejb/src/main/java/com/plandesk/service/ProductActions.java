package com.plandesk.service;

import com.plandesk.catalog.Allowances;
import com.plandesk.catalog.Product;
import com.plandesk.catalog.ProductCategory;
import com.plandesk.connector.ocs.OcsAction;
import com.plandesk.connector.ocs.OcsConnector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the OCS holds for each product, defined through its API before anything refers to it: the allowance
 * ({@code Action_<slug>}: a plan's reset to the full amount each term, an add-on's top-up with its price debited),
 * the term's price ({@code Charge_<slug>}), the setup fee ({@code Setup_<slug>}) and the plan an account joins when
 * it opens ({@code AP_<slug>}: the first allowance and the setup fee, once). Defined once per product version in
 * this server's life: an edited product is defined again when it is next used.
 */
@ApplicationScoped
public class ProductActions {

    private static final double GIB = 1024.0 * 1024 * 1024;
    private static final double VOICE_MINUTE = 60e9; // CGRateS counts *voice in nanoseconds

    /** The OCS's names for a product's actions; null where the product has no such action. */
    public record Defined(String allowance, String termCharge, String startPlan) {
    }

    @Inject
    OcsConnector ocs;

    /** By slug, the names the OCS knows them by, with the product version they were defined for. */
    private final Map<String, Map.Entry<Long, Defined>> defined = new ConcurrentHashMap<>();

    public Defined defined(Product product) {
        Map.Entry<Long, Defined> known = defined.get(product.getSlug());
        if (known != null && known.getKey() == product.getVersion()) {
            return known.getValue();
        }
        Defined made = define(product);
        defined.put(product.getSlug(), Map.entry(product.getVersion(), made));
        return made;
    }

    private Defined define(Product product) {
        boolean addon = product.getCategory() == ProductCategory.ADDON;
        List<OcsAction> allowance = allowances(product.getAllowances(), !addon);
        if (addon && product.getPrice().signum() > 0) {
            allowance.add(OcsAction.debit(product.getPrice().doubleValue()));
        }
        String allowanceId = define("Action_" + product.getSlug(), allowance);
        String chargeId = addon || !product.isRecurring() ? null
                : define("Charge_" + product.getSlug(), debit(product.getPrice()));
        String setupId = addon ? null : define("Setup_" + product.getSlug(), debit(product.getSetupFee()));
        List<String> start = new ArrayList<>();
        if (!addon && allowanceId != null) {
            start.add(allowanceId);
        }
        if (setupId != null) {
            start.add(setupId);
        }
        String startPlan = null;
        if (!start.isEmpty()) {
            startPlan = "AP_" + product.getSlug();
            ocs.setStartPlan(startPlan, start);
        }
        return new Defined(allowanceId, chargeId, startPlan);
    }

    private String define(String actionsId, List<OcsAction> actions) {
        if (actions.isEmpty()) {
            return null;
        }
        ocs.setActions(actionsId, actions);
        return actionsId;
    }

    private static List<OcsAction> debit(BigDecimal amount) {
        return amount == null || amount.signum() == 0 ? new ArrayList<>()
                : new ArrayList<>(List.of(OcsAction.debit(amount.doubleValue())));
    }

    /** A plan's allowances are reset each term ({@code *topup_reset}); an add-on's add to them ({@code *topup}). */
    private static List<OcsAction> allowances(Allowances allowances, boolean reset) {
        List<OcsAction> actions = new ArrayList<>();
        if (allowances.dataGb() != null) {
            actions.add(action(reset, "*data", allowances.dataGb().doubleValue() * GIB));
        }
        if (allowances.voiceMinutes() != null) {
            actions.add(action(reset, "*voice", allowances.voiceMinutes() * VOICE_MINUTE));
        }
        if (allowances.sms() != null) {
            actions.add(action(reset, "*sms", allowances.sms()));
        }
        return actions;
    }

    private static OcsAction action(boolean reset, String balanceType, double units) {
        return reset ? OcsAction.topupReset(balanceType, units) : OcsAction.topup(balanceType, units);
    }
}
