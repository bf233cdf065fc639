package com.plandesk.catalog;

import com.plandesk.customer.CustomerType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A product as an admin creates or edits it. Checked by {@link Catalog}. */
public record ProductDetails(
        @NotBlank(message = "Give the product a slug, e.g. mobile-20gb.")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,99}", message = "The slug has lower-case letters, digits and dashes.")
        String slug,
        @NotBlank(message = "Give the product a name.") @Size(max = 200, message = "The name has at most 200 characters.")
        String name,
        @NotNull(message = "Choose the category: PLAN or ADDON.") ProductCategory category,
        @NotNull(message = "Choose the service type: MOBILE, INTERNET, IPTV or VOIP.") ServiceType serviceType,
        @NotEmpty(message = "Choose who may have it: INDIVIDUAL, BUSINESS or both.") Set<CustomerType> customerTypes,
        Boolean enabled,
        @NotNull(message = "Give the setup fee (0 for none).")
        @DecimalMin(value = "0", message = "The setup fee cannot be negative.")
        @Digits(integer = 10, fraction = 2, message = "Prices have at most two decimals.") BigDecimal setupFee,
        @NotNull(message = "Say whether the price is monthly (recurring) or one-off.") Boolean recurring,
        @NotNull(message = "Give the price.")
        @DecimalMin(value = "0", message = "The price cannot be negative.")
        @Digits(integer = 10, fraction = 2, message = "Prices have at most two decimals.") BigDecimal price,
        @NotNull(message = "Give the currency, e.g. GBP.")
        @Pattern(regexp = "[A-Z]{3}", message = "The currency is a three-letter ISO code, e.g. GBP.") String currency,
        @NotBlank(message = "Give the key of the BPMN process that provisions it.") String processKey,
        @Valid List<Requirement> inventoryRequirements,
        Map<String, String> defaultVariables,
        /** How long a recurring product's term is: an ISO-8601 duration, P1M when left out. */
        String term,
        /** Data, voice and SMS given each term (a plan) or once (an add-on); none when left out. */
        @Valid Allowances allowances) {

    public record Requirement(@NotBlank(message = "Name the inventory template.") String template, boolean required) {
    }
}
