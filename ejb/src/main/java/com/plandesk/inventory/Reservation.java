package com.plandesk.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/** Items held for an agent while they finish an assignment; released when it expires. */
@Entity
@Table(name = "reservation")
public class Reservation {

    @Id
    private String token;

    private String createdBy;
    private LocalDateTime createdAt;
    private LocalDateTime expiresAt;

    protected Reservation() {
    }

    Reservation(String createdBy, LocalDateTime expiresAt) {
        this.token = UUID.randomUUID().toString();
        this.createdBy = createdBy;
        this.createdAt = LocalDateTime.now();
        this.expiresAt = expiresAt;
    }

    public String getToken() {
        return token;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }
}
