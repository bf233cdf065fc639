package com.plandesk.bulk;

/** What became of a row: its status, message, the customer and product it resolved to, its provisioning. */
public record BulkRowOutcome(BulkRowStatus status, String message, String customer, String product,
                             Long provisioningId) {
}
