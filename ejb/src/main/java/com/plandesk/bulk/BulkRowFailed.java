package com.plandesk.bulk;

import jakarta.ejb.ApplicationException;

/**
 * A row refused while its chunk was being assigned. Nothing of the chunk is kept: the job assigns its rows again
 * one at a time (the batch spec's retry), and skips the row that fails on its own.
 */
@ApplicationException(rollback = true)
public class BulkRowFailed extends BulkRowRefused {

    public BulkRowFailed(String message) {
        super(BulkRowStatus.REJECTED, message);
    }
}
