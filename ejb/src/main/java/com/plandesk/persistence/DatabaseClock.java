package com.plandesk.persistence;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * The database's clock: the one clock every node of a cluster shares, for what nodes decide about each other's
 * work (leases, timers' turns), so that a node whose own clock is off decides the same as the others.
 */
@Stateless
public class DatabaseClock {

    @Inject
    private EntityManager em;

    public LocalDateTime now() {
        Object now = em.createNativeQuery("SELECT LOCALTIMESTAMP").getSingleResult();
        return now instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) now;
    }
}
