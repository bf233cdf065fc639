package com.plandesk.bulk;

import jakarta.ejb.ApplicationException;

/**
 * A row that is not assigned, with the reason the results and the rejects file show. The job skips the row
 * (the batch spec's skip) and goes on.
 */
@ApplicationException(rollback = true)
public class BulkRowRefused extends RuntimeException {

    private final BulkRowStatus status;

    public BulkRowRefused(BulkRowStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static BulkRowRefused rejected(String message) {
        return new BulkRowRefused(BulkRowStatus.REJECTED, message);
    }

    public BulkRowStatus status() {
        return status;
    }
}
