package com.plandesk.batch;

import com.plandesk.bulk.BulkCsv;

/** A row of the file with its idempotency key. */
public record BulkRowItem(BulkCsv.Row row, String key) {
}
