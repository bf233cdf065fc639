package com.plandesk.staff;

import com.plandesk.kernel.Settings;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The record of sign-ins, and the lock it leads to: after {@link Settings#signInMaxFailures()} refusals in a row a
 * staff account is locked for {@link Settings#signInLockSeconds()}, during which the security realm does not find
 * it (server.cli), so the right password is refused too, in the same words as for an unknown user.
 */
@Stateless
public class SignIns {

    @PersistenceContext
    private EntityManager em;

    public void refused(String username, String remoteAddress, SignIn.Channel channel) {
        em.persist(new SignIn(username, remoteAddress, channel, false));
        int max = Settings.signInMaxFailures();
        int locked = em.createQuery("""
                UPDATE StaffUser u SET u.failedSignIns = 0, u.lockedUntil = :until
                WHERE u.username = :username AND u.failedSignIns + 1 >= :max""")
                .setParameter("until", LocalDateTime.now().plusSeconds(Settings.signInLockSeconds()))
                .setParameter("username", username).setParameter("max", max).executeUpdate();
        if (locked == 0) {
            em.createQuery("UPDATE StaffUser u SET u.failedSignIns = u.failedSignIns + 1 WHERE u.username = :username")
                    .setParameter("username", username).executeUpdate();
        }
    }

    public void succeeded(String username, String remoteAddress, SignIn.Channel channel) {
        em.persist(new SignIn(username, remoteAddress, channel, true));
        em.createQuery("UPDATE StaffUser u SET u.failedSignIns = 0 WHERE u.username = :username AND u.failedSignIns > 0")
                .setParameter("username", username).executeUpdate();
    }

    /** The latest sign-ins, newest first; of one user when given. */
    public List<SignInView> latest(String username, int limit) {
        var query = username == null
                ? em.createQuery("SELECT s FROM SignIn s ORDER BY s.at DESC, s.id DESC", SignIn.class)
                : em.createQuery("SELECT s FROM SignIn s WHERE s.username = :username ORDER BY s.at DESC, s.id DESC",
                        SignIn.class).setParameter("username", username);
        return query.setMaxResults(limit).getResultList().stream().map(SignIn::view).toList();
    }
}
