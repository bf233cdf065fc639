package com.plandesk.catalog;

import com.plandesk.customer.CustomerType;
import com.plandesk.kernel.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the catalog shows of a product (API and screens). */
public record ProductView(Long id, String slug, String name, ProductCategory category, ServiceType serviceType,
                          Set<CustomerType> customerTypes, BigDecimal setupFee, BigDecimal recurringPrice,
                          BigDecimal oneOffPrice, String currency, List<Requirement> inventoryRequirements,
                          boolean enabled, String processKey, Map<String, String> defaultVariables,
                          String term, Allowances allowances) {

    public record Requirement(String template, boolean required) {
    }

    /** "£15.00 / month" or "£5.00 one-off": how the screens state the price. */
    public String describePrice() {
        return recurringPrice != null
                ? Money.format(recurringPrice, currency) + " / month"
                : Money.format(oneOffPrice, currency) + " one-off";
    }

    public String describeSetupFee() {
        return Money.format(setupFee, currency);
    }

    public static ProductView of(Product product) {
        return new ProductView(product.getId(), product.getSlug(), product.getName(), product.getCategory(),
                product.getServiceType(), Set.copyOf(product.getCustomerTypes()), product.getSetupFee(),
                product.isRecurring() ? product.getPrice() : null,
                product.isRecurring() ? null : product.getPrice(),
                product.getCurrency(),
                product.getInventoryRequirements().stream()
                        .map(r -> new Requirement(r.getTemplate().getName(), r.isRequired()))
                        .toList(),
                product.isEnabled(), product.getProcessKey(), product.defaultVariables(),
                product.getTerm() == null ? null : product.getTerm().iso(),
                product.getAllowances().isEmpty() ? null : product.getAllowances());
    }
}
