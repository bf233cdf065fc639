package com.plandesk.inventory;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/** Gives the items of expired reservations, and numbers out of quarantine, back to the stock twice a minute. */
@Singleton
public class ReservationExpiry {

    @EJB
    private Reservations reservations;

    @EJB
    private ItemHolds itemHolds;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    void releaseExpired() {
        reservations.releaseExpired();
        itemHolds.releaseQuarantined();
    }
}
