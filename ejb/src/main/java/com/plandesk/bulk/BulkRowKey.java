package com.plandesk.bulk;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A started row's idempotency key ({@link BulkCsv#key}); its primary key refuses a second start. */
@Entity
@Table(name = "bulk_assignment_key")
public class BulkRowKey {

    @Id
    private String rowKey;
    private Long bulkAssignmentId;
    private int line;

    protected BulkRowKey() {
    }

    BulkRowKey(String rowKey, Long bulkAssignmentId, int line) {
        this.rowKey = rowKey;
        this.bulkAssignmentId = bulkAssignmentId;
        this.line = line;
    }

    public String getRowKey() {
        return rowKey;
    }

    public Long getBulkAssignmentId() {
        return bulkAssignmentId;
    }

    public int getLine() {
        return line;
    }
}
