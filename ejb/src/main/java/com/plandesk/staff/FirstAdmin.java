package com.plandesk.staff;

import com.plandesk.kernel.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A database with no staff account (a production one, made without the demo data) gets its first admin from
 * PLANDESK_INITIAL_ADMIN_PASSWORD, marked to choose a new password at the first sign-in.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FirstAdmin {

    static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void ensure() {
        long accounts = em.createQuery("SELECT COUNT(u) FROM StaffUser u", Long.class).getSingleResult();
        if (accounts > 0) {
            return;
        }
        String password = Settings.get("plandesk.initial-admin-password", "PLANDESK_INITIAL_ADMIN_PASSWORD", null);
        if (password == null) {
            LOG.warning("No staff account exists, so nobody can sign in: set PLANDESK_INITIAL_ADMIN_PASSWORD and "
                    + "restart to create the first admin (user \"admin\")");
            return;
        }
        em.persist(new StaffUser(USERNAME, PasswordHashes.bcrypt(password.toCharArray()),
                Set.of("agent", "supervisor", "admin"), true));
        LOG.info("Created the first admin, \"admin\", from PLANDESK_INITIAL_ADMIN_PASSWORD");
    }
}
