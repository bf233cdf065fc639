package com.plandesk.service;

import com.plandesk.persistence.RefersTo;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One amount the OCS was asked to charge: a setup fee, a term's price, an add-on. A record, not a payment. */
@Entity
@Table(name = "charge")
public class Charge {

    public enum Kind { SETUP, TERM, ADDON }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "charge_id")
    @SequenceGenerator(name = "charge_id", sequenceName = "charge_id_seq", allocationSize = 50)
    private Long id;

    @RefersTo("customer")
    private Long customerId;
    @RefersTo("customer_service")
    private Long serviceId;
    /** The run that charged it: one charge of each kind per run, however often its task is retried. */
    @RefersTo("provisioning")
    private Long provisioningId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private BigDecimal amount;
    private String currency;
    private String description;
    private LocalDateTime chargedAt;

    protected Charge() {
    }

    Charge(Service service, Long provisioningId, Kind kind, BigDecimal amount, String currency, String description) {
        this.customerId = service.getCustomerId();
        this.serviceId = service.getId();
        this.provisioningId = provisioningId;
        this.kind = kind;
        this.amount = amount;
        this.currency = currency;
        this.description = description;
        this.chargedAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public Long getProvisioningId() {
        return provisioningId;
    }

    public Kind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getDescription() {
        return description;
    }

    public LocalDateTime getChargedAt() {
        return chargedAt;
    }
}
