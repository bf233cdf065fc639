package com.plandesk.service;

import com.plandesk.persistence.RefersTo;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An add-on a service received; one per provisioning, so a retried task records it once. */
@Entity
@Table(name = "service_addon")
public class ServiceAddon {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_addon_id")
    @SequenceGenerator(name = "service_addon_id", sequenceName = "service_addon_id_seq", allocationSize = 50)
    private Long id;

    @RefersTo("customer_service")
    private Long serviceId;
    @RefersTo("product")
    private Long productId;
    @RefersTo("provisioning")
    private Long provisioningId;
    private LocalDateTime addedAt;

    protected ServiceAddon() {
    }

    ServiceAddon(Long serviceId, Long productId, Long provisioningId) {
        this.serviceId = serviceId;
        this.productId = productId;
        this.provisioningId = provisioningId;
        this.addedAt = LocalDateTime.now();
    }

    public Long getServiceId() {
        return serviceId;
    }

    public Long getProductId() {
        return productId;
    }

    public LocalDateTime getAddedAt() {
        return addedAt;
    }
}
