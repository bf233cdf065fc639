package com.plandesk.customer;

import com.plandesk.persistence.RefersTo;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Who did what to a customer's account, and when: the customer page's Activity tab. */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_id")
    @SequenceGenerator(name = "activity_id", sequenceName = "activity_id_seq", allocationSize = 50)
    private Long id;

    @RefersTo("customer")
    private Long customerId;
    private String actor;
    private String action;
    private String detail;
    private LocalDateTime at;

    protected Activity() {
    }

    public Activity(Long customerId, String actor, String action, String detail) {
        this.customerId = customerId;
        this.actor = actor;
        this.action = action;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.at = LocalDateTime.now();
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    public LocalDateTime getAt() {
        return at;
    }
}
