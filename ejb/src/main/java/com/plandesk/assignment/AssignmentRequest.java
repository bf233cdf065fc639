package com.plandesk.assignment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What staff (screen), a caller (API) or a CSV row ask for. Checked by {@link Assignments}. */
public record AssignmentRequest(
        @NotNull(message = "Choose the customer (customerId).") Long customerId,
        @NotNull(message = "Choose the product (productId).") Long productId,
        Long serviceId,
        String reservationToken,
        List<@NotNull(message = "An item id is missing.") Long> items,
        Boolean autoRenew,
        Long siteId,
        Long billingContactId,
        Long technicalContactId,
        @Size(max = 60, message = "The PO number has at most 60 characters.") String poNumber,
        @FutureOrPresent(message = "The installation date cannot be in the past.") LocalDate installationDate,
        Map<@Pattern(regexp = "[A-Za-z][A-Za-z0-9 _-]{0,39}", message = "Custom field names have letters, digits, spaces, _ and -.") String,
            @Size(max = 100, message = "Custom field values have at most 100 characters.") String> customFields) {

    /** The custom fields as "name=value" lines, as services keep them. */
    public String customFieldLines() {
        return customFields == null || customFields.isEmpty() ? null : customFields.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue() == null ? "" : e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    /** The same request with these items. */
    public AssignmentRequest withItems(List<Long> chosen) {
        return new AssignmentRequest(customerId, productId, serviceId, reservationToken, chosen, autoRenew, siteId,
                billingContactId, technicalContactId, poNumber, installationDate, customFields);
    }

    public List<Long> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }

    public boolean autoRenewOrDefault() {
        return Boolean.TRUE.equals(autoRenew);
    }
}
