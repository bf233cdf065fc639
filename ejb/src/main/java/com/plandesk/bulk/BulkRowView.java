package com.plandesk.bulk;

import com.plandesk.provisioning.ProvisioningStatus;

/** One row's result as the screen and the API show it, with its provisioning's status once started. */
public record BulkRowView(int line, BulkRowStatus status, String customer, String product, String message,
                          Long provisioningId, ProvisioningStatus provisioningStatus, Long serviceId) {

    static BulkRowView of(BulkRowResult row, ProvisioningStatus provisioningStatus) {
        return new BulkRowView(row.getLine(), row.getStatus(), row.getCustomer(), row.getProduct(), row.getMessage(),
                row.getProvisioningId(), provisioningStatus, row.getServiceId());
    }
}
