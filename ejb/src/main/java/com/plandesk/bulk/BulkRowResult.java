package com.plandesk.bulk;

import com.plandesk.persistence.RefersTo;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The result of one row of a bulk run: written once, in the transaction that assigned (or refused) it. */
@Entity
@Table(name = "bulk_assignment_row")
@IdClass(BulkRowResult.Key.class)
public class BulkRowResult {

    @Id
    @RefersTo("bulk_assignment")
    private Long bulkAssignmentId;
    @Id
    private int line;

    @Enumerated(EnumType.STRING)
    private BulkRowStatus status;

    private String customer;
    private String product;
    private String message;
    @RefersTo("provisioning")
    private Long provisioningId;
    private Long serviceId;
    /** The row as it was in the file, for the rejects file. */
    private String source;
    /**
     * A started row's idempotency key ({@link BulkCsv#key}), unique: the same row in a later upload finds it and
     * is not assigned again. None on rows not started.
     */
    private String rowKey;

    protected BulkRowResult() {
    }

    BulkRowResult(Long bulkAssignmentId, BulkRow row, BulkRowStatus status, String customer, String product,
                  String message) {
        this(bulkAssignmentId, row, status, customer, product, message, null, null, null);
    }

    /** A started row: its provisioning and service, and its key. */
    BulkRowResult(Long bulkAssignmentId, BulkRow row, BulkRowStatus status, String customer, String product,
                  String message, Long provisioningId, Long serviceId, String rowKey) {
        this.bulkAssignmentId = bulkAssignmentId;
        this.line = row.line();
        this.status = status;
        this.customer = clip(customer, 200);
        this.product = clip(product, 200);
        this.message = clip(message, 2000);
        this.provisioningId = provisioningId;
        this.serviceId = serviceId;
        this.source = clip(row.source(), 4000);
        this.rowKey = rowKey;
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getBulkAssignmentId() {
        return bulkAssignmentId;
    }

    public int getLine() {
        return line;
    }

    public BulkRowStatus getStatus() {
        return status;
    }

    public String getCustomer() {
        return customer;
    }

    public String getProduct() {
        return product;
    }

    public String getMessage() {
        return message;
    }

    public Long getProvisioningId() {
        return provisioningId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    String getSource() {
        return source;
    }

    String getRowKey() {
        return rowKey;
    }

    public static class Key implements Serializable {
        private Long bulkAssignmentId;
        private int line;

        public Key() {
        }

        Key(Long bulkAssignmentId, int line) {
            this.bulkAssignmentId = bulkAssignmentId;
            this.line = line;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(bulkAssignmentId, k.bulkAssignmentId) && line == k.line;
        }

        @Override
        public int hashCode() {
            return Objects.hash(bulkAssignmentId, line);
        }
    }
}
