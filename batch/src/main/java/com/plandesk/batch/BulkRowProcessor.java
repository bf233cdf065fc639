package com.plandesk.batch;

import com.plandesk.bulk.BulkLookups;
import com.plandesk.bulk.BulkOrder;
import com.plandesk.bulk.BulkRow;
import com.plandesk.bulk.BulkRowRules;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Turns a row into the assignment it asks for ({@link BulkRowRules}). A row whose references do not resolve is
 * skipped with its reason, and the rest of its chunk goes on.
 */
@Named
@Dependent
public class BulkRowProcessor implements ItemProcessor {

    @Inject
    private BulkLookups lookups;

    @Override
    public BulkOrder processItem(Object item) {
        return BulkRowRules.order((BulkRow) item, lookups);
    }
}
