package com.plandesk.assignment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What staff (screen), a caller (API) or a CSV row ask for. Checked by {@link AssignmentService}. */
public record AssignmentRequest(
        @NotNull(message = "Choose the customer (customerId).") Long customerId,
        @NotNull(message = "Choose the product (productId).") Long productId,
        String reservationToken,
        List<@NotNull(message = "An item id is missing.") Long> items,
        Boolean autoRenew,
        Long siteId,
        Long billingContactId,
        Long technicalContactId,
        @Size(max = 60, message = "The PO number has at most 60 characters.") String poNumber) {

    public List<Long> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }

    public boolean autoRenewOrDefault() {
        return Boolean.TRUE.equals(autoRenew);
    }
}
