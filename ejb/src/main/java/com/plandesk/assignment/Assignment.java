package com.plandesk.assignment;

import com.plandesk.persistence.RefersTo;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One request to give a product to a customer: what was chosen, by whom and when. */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_id")
    @SequenceGenerator(name = "assignment_id", sequenceName = "assignment_id_seq", allocationSize = 50)
    private Long id;

    @RefersTo("customer")
    private Long customerId;
    @RefersTo("product")
    private Long productId;
    @RefersTo("customer_service")
    private Long serviceId;
    private boolean autoRenew;
    @RefersTo("site")
    private Long siteId;
    @RefersTo("contact")
    private Long billingContactId;
    @RefersTo("contact")
    private Long technicalContactId;
    private String poNumber;
    private LocalDate installationDate;
    private String customFields;
    private String requestedBy;
    private LocalDateTime requestedAt;
    /** The bulk run that asked for it; null for staff at the counter and API callers. */
    @RefersTo("bulk_assignment")
    private Long bulkAssignmentId;

    protected Assignment() {
    }

    Assignment(AssignmentRequest request, Long serviceId, String requestedBy, Long bulkAssignmentId) {
        this.bulkAssignmentId = bulkAssignmentId;
        this.customerId = request.customerId();
        this.productId = request.productId();
        this.serviceId = serviceId;
        this.autoRenew = request.autoRenewOrDefault();
        this.siteId = request.siteId();
        this.billingContactId = request.billingContactId();
        this.technicalContactId = request.technicalContactId();
        this.poNumber = request.poNumber();
        this.installationDate = request.installationDate();
        this.customFields = request.customFieldLines();
        this.requestedBy = requestedBy;
        this.requestedAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getProductId() {
        return productId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getBillingContactId() {
        return billingContactId;
    }

    public Long getTechnicalContactId() {
        return technicalContactId;
    }

    public String getPoNumber() {
        return poNumber;
    }

    public LocalDate getInstallationDate() {
        return installationDate;
    }

    public String getCustomFields() {
        return customFields;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public boolean isAutoRenew() {
        return autoRenew;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }
}
