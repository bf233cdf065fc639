package com.plandesk.staff;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The audit trail of staff accounts: who changed whose account, when, and what it was before and after. */
@Entity
@Table(name = "staff_change")
public class StaffChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_change_id")
    @SequenceGenerator(name = "staff_change_id", sequenceName = "staff_change_id_seq", allocationSize = 50)
    private Long id;

    private LocalDateTime at;
    private String actor;
    private String username;
    private String kind;
    private String was;
    private String became;

    protected StaffChange() {
    }

    StaffChange(String actor, String username, String change, String before, String after) {
        this.at = LocalDateTime.now();
        this.actor = actor;
        this.username = username;
        this.kind = change;
        this.was = before;
        this.became = after;
    }

    /** One change as admins read it. */
    public record View(LocalDateTime at, String actor, String username, String change, String before, String after) {
    }

    View view() {
        return new View(at, actor, username, kind, was, became);
    }
}
