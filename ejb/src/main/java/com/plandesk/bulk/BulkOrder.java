package com.plandesk.bulk;

import com.plandesk.assignment.AssignmentRequest;
import java.util.List;
import java.util.Map;

/**
 * A row turned into what it asks for: the assignment request with the items the row names, the templates whose
 * item is still to be taken from stock, and the customer and product as the results show them.
 *
 * @param namedItems the items the row names, by their {@code inventory:} column
 */
public record BulkOrder(BulkRow row, AssignmentRequest request, Map<String, Long> namedItems,
                        List<String> fromStock, String customer, String product) {
}
