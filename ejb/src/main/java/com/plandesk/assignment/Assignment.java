package com.plandesk.assignment;

import com.plandesk.persistence.RefersTo;
import com.plandesk.service.OrderDetails;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
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
    @Embedded
    private OrderDetails order;
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
        this.order = new OrderDetails(request.siteId(), request.billingContactId(), request.technicalContactId(),
                request.poNumber(), request.installationDate(), request.customFieldLines());
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

    /** The business order's details; none given for an individual's order. */
    public OrderDetails getOrder() {
        return order == null ? OrderDetails.none() : order;
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
