package com.plandesk.inventory;


import com.plandesk.kernel.PlanDeskException;
import com.plandesk.kernel.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.logging.Logger;
/** An agent's reservations: items held for a while under a token, then assigned, released or expired. */
@Stateless
@PermitAll
public class Reservations {

    private static final Logger LOG = Logger.getLogger(Reservations.class.getName());

    @Inject
    private EntityManager em;

    @Inject
    private Inventory inventory;

    /** Holds the items for the agent; 409 naming every item that is taken, and then nothing is held. */
    public ReservationView reserve(List<Long> itemIds, Integer holdSeconds, String actor) {
        if (itemIds == null || itemIds.isEmpty()) {
            throw PlanDeskException.invalid("itemIds", "Choose at least one item to reserve (itemIds).");
        }
        if (new HashSet<>(itemIds).size() != itemIds.size() || itemIds.contains(null)) {
            throw PlanDeskException.invalid("itemIds", "List each item once.");
        }
        int seconds = holdSeconds == null ? Settings.reservationMinutes() * 60 : holdSeconds;
        if (seconds < 1 || seconds > Inventory.MAX_HOLD_SECONDS) {
            throw PlanDeskException.invalid("holdSeconds", "Hold items between 1 second and 4 hours.");
        }
        List<InventoryItem> items = inventory.find(itemIds);
        Reservation reservation = new Reservation(actor, LocalDateTime.now().plusSeconds(seconds));
        em.persist(reservation);
        List<String> taken = new ArrayList<>();
        for (InventoryItem item : items) {
            if (FreeItems.take(em, List.of(item.getId()), "i.reservationToken = :token, i.reservedUntil = :until", q -> q
                    .setParameter("token", reservation.getToken())
                    .setParameter("until", reservation.getExpiresAt())) == 0) {
                taken.add(item.getTemplate().getName() + " " + item.getReference());
            }
        }
        if (!taken.isEmpty()) {
            throw PlanDeskException.conflict("itemIds", "Already taken by someone else: " + String.join(", ", taken)
                    + ". Choose other items; nothing was reserved.");
        }
        return new ReservationView(reservation.getToken(), reservation.getExpiresAt(),
                inventory.reservedItems(reservation.getToken()).stream().map(ItemView::of).toList());
    }

    /**
     * An agent changed a selection: the items of the old reservation go back and the new set is held under a
     * new one, in one transaction (if any new item is taken, the old reservation stays as it was).
     */
    public ReservationView replaceReservation(String oldToken, List<Long> itemIds, String actor) {
        if (oldToken != null && em.find(Reservation.class, oldToken) != null) {
            release(oldToken);
        }
        return itemIds == null || itemIds.isEmpty() ? null : reserve(itemIds, null, actor);
    }

    /** Gives a reservation's items back (those not yet taken by an assignment). */
    public int release(String token) {
        Reservation reservation = token == null ? null : em.find(Reservation.class, token);
        if (reservation == null) {
            throw PlanDeskException.notFound("token", "There is no reservation " + token
                    + ": it was released, used or has expired.");
        }
        int released = em.createQuery("""
                        update InventoryItem i set i.status = i.availableStatus, i.availableStatus = null,
                            i.reservationToken = null, i.reservedUntil = null, i.version = i.version + 1
                        where i.reservationToken = :token and i.status = :reserved and i.serviceId is null""")
                .setParameter("token", token)
                .setParameter("reserved", ItemStatus.RESERVED)
                .executeUpdate();
        em.remove(reservation);
        return released;
    }

    /** Run by {@link ReservationExpiry}: expired reservations give their items back. */
    public int releaseExpired() {
        LocalDateTime now = LocalDateTime.now();
        int released = em.createQuery("""
                        update InventoryItem i set i.status = i.availableStatus, i.availableStatus = null,
                            i.reservationToken = null, i.reservedUntil = null, i.version = i.version + 1
                        where i.status = :reserved and i.serviceId is null and i.reservationToken is not null
                          and i.reservedUntil < :now""")
                .setParameter("reserved", ItemStatus.RESERVED)
                .setParameter("now", now)
                .executeUpdate();
        em.createQuery("delete from Reservation r where r.expiresAt < :now").setParameter("now", now)
                .executeUpdate();
        if (released > 0) {
            LOG.info(() -> released + " items of expired reservations released");
        }
        return released;
    }
}
