package com.plandesk.staff;

import com.plandesk.kernel.BeanValidation;
import com.plandesk.kernel.PlanDeskException;
import com.plandesk.kernel.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Staff accounts, as admins keep them: add, disable and enable, reset a password, change roles. Every change lands
 * in the audit trail (who, when, before → after) and takes effect at the next sign-in or API call; the last enabled
 * admin can be neither disabled nor lose the admin role.
 */
@Stateless
@RolesAllowed("admin")
public class StaffAccounts {

    /** The roles Plan Desk knows (web.xml's security roles). */
    public static final List<String> ROLES = List.of("agent", "supervisor", "analyst", "admin");
    static final String ADMIN = "admin";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BeanValidation validation;

    public List<StaffUserView> list() {
        return em.createQuery("SELECT u FROM StaffUser u ORDER BY u.username", StaffUser.class).getResultList()
                .stream().map(StaffUser::view).toList();
    }

    public StaffUserView add(NewStaffUser user, String actor) {
        validation.check(user, "Give the user name, a first password and the roles.");
        Set<String> roles = checkedRoles(user.roles());
        checkPassword(user.username(), user.password());
        if (em.find(StaffUser.class, user.username()) != null) {
            throw PlanDeskException.conflict("username", "A user named " + user.username() + " exists already.");
        }
        StaffUser added = new StaffUser(user.username(), PasswordHashes.bcrypt(user.password().toCharArray()), roles,
                false);
        em.persist(added);
        record(actor, added.getUsername(), "added", null, describe(added));
        return added.view();
    }

    public StaffUserView setEnabled(String username, boolean enabled, String actor) {
        StaffUser user = find(username);
        if (user.isEnabled() == enabled) {
            return user.view();
        }
        if (!enabled) {
            keepAnAdmin(user);
        }
        String before = describe(user);
        user.setEnabled(enabled);
        record(actor, username, enabled ? "enabled" : "disabled", before, describe(user));
        return user.view();
    }

    /** A new password that the user must change at the next sign-in; also lifts a lock. */
    public StaffUserView resetPassword(String username, String password, String actor) {
        StaffUser user = find(username);
        if (password == null || password.isBlank()) {
            throw PlanDeskException.invalid("password", "Give the new password.");
        }
        checkPassword(username, password);
        String before = describe(user);
        user.resetPassword(PasswordHashes.bcrypt(password.toCharArray()));
        record(actor, username, "password reset", before, describe(user));
        return user.view();
    }

    public StaffUserView changeRoles(String username, Set<String> roles, String actor) {
        StaffUser user = find(username);
        Set<String> wanted = checkedRoles(roles);
        if (!wanted.contains(ADMIN)) {
            keepAnAdmin(user);
        }
        String before = describe(user);
        user.setRoles(wanted);
        record(actor, username, "roles changed", before, describe(user));
        return user.view();
    }

    /** Whether the signed-in user must choose a new password before anything else (after a reset). */
    @PermitAll
    public boolean mustChangePassword(String username) {
        StaffUser user = em.find(StaffUser.class, username);
        return user != null && user.isMustChangePassword();
    }

    /** A user's own new password, given the current one; recorded in the audit trail without either. */
    @PermitAll
    public void changeOwnPassword(String username, String current, String password) {
        StaffUser user = find(username);
        if (current == null || !PasswordHashes.matches(user.getPasswordHash(), current.toCharArray())) {
            throw PlanDeskException.invalid("current", "The current password is wrong.");
        }
        if (password == null || password.isBlank()) {
            throw PlanDeskException.invalid("password", "Give the new password.");
        }
        if (password.equals(current)) {
            throw PlanDeskException.invalid("password", "Choose a password other than the current one.");
        }
        checkPassword(username, password);
        String before = describe(user);
        user.changePassword(PasswordHashes.bcrypt(password.toCharArray()));
        record(username, username, "password changed", before, describe(user));
    }

    /** The audit trail, newest first. */
    public List<StaffChange.View> changes(int limit) {
        return em.createQuery("SELECT c FROM StaffChange c ORDER BY c.at DESC, c.id DESC", StaffChange.class)
                .setMaxResults(limit).getResultList().stream().map(StaffChange::view).toList();
    }

    private StaffUser find(String username) {
        StaffUser user = username == null ? null : em.find(StaffUser.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            throw PlanDeskException.notFound("username", "No staff account is named " + username + ".");
        }
        return user;
    }

    /** Refuses a change that would leave no enabled admin; the admins are locked so that two such changes queue. */
    private void keepAnAdmin(StaffUser user) {
        if (!user.isEnabled() || !user.getRoles().contains(ADMIN)) {
            return;
        }
        List<StaffUser> admins = em.createQuery(
                        "SELECT u FROM StaffUser u JOIN u.roles r WHERE r = :admin AND u.enabled = TRUE", StaffUser.class)
                .setParameter("admin", ADMIN).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (admins.stream().allMatch(admin -> admin.getUsername().equals(user.getUsername()))) {
            throw PlanDeskException.notAllowed("username", user.getUsername()
                    + " is the last enabled admin: make another user admin first.");
        }
    }

    private static Set<String> checkedRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw PlanDeskException.invalid("roles", "Give at least one role: agent, supervisor, analyst or admin.");
        }
        Set<String> checked = new TreeSet<>();
        for (String role : roles) {
            String name = role == null ? "" : role.trim().toLowerCase(Locale.ROOT);
            if (!ROLES.contains(name)) {
                throw PlanDeskException.invalid("roles", "Unknown role \"" + role
                        + "\": the roles are agent, supervisor, analyst and admin.");
            }
            checked.add(name);
        }
        return checked;
    }

    /** The password policy: long enough (PLANDESK_PASSWORD_MIN_LENGTH), and not the user name in it. */
    static void checkPassword(String username, String password) {
        int min = Settings.passwordMinLength();
        if (password.length() < min) {
            throw PlanDeskException.invalid("password", "A password needs at least " + min + " characters.");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw PlanDeskException.invalid("password", "A password must not contain the user name.");
        }
    }

    private void record(String actor, String username, String change, String before, String after) {
        em.persist(new StaffChange(actor, username, change, before, after));
    }

    private static String describe(StaffUser user) {
        return "roles " + String.join(", ", user.getRoles()) + "; " + (user.isEnabled() ? "enabled" : "disabled")
                + (user.isMustChangePassword() ? "; must change password" : "");
    }
}
