package com.plandesk.web.screens;

import com.plandesk.staff.NewStaffUser;
import com.plandesk.staff.SignInView;
import com.plandesk.staff.SignIns;
import com.plandesk.staff.StaffAccounts;
import com.plandesk.staff.StaffChange;
import com.plandesk.staff.StaffUserView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Admins keep the staff accounts: roles, disable and enable, a password reset, a new member; and read who did what. */
@Named
@ViewScoped
public class ManageStaff implements Serializable {

    private static final int SHOWN = 200;

    @Inject
    StaffAccounts accounts;

    @Inject
    SignIns signIns;

    private List<StaffUserView> users;
    /** Each user's ticked roles; JSF writes back a list or an array, whichever it makes for a map's value. */
    private final Map<String, Object> roles = new HashMap<>();
    private final Map<String, String> passwords = new HashMap<>();
    private String newUsername;
    private String newPassword;
    private List<String> newRoles = new ArrayList<>(List.of("agent"));

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        users = accounts.list();
        roles.clear();
        users.forEach(u -> roles.put(u.username(), new ArrayList<>(u.roles())));
        passwords.clear();
    }

    public void add() {
        StaffUserView added = Screens.attempt(() -> accounts.add(
                new NewStaffUser(newUsername, newPassword, new LinkedHashSet<>(newRoles)), Screens.user()));
        if (added != null) {
            Screens.info(added.username() + " can sign in now.");
            newUsername = null;
            newPassword = null;
            newRoles = new ArrayList<>(List.of("agent"));
            refresh();
        }
    }

    public void saveRoles(StaffUserView user) {
        Set<String> wanted = new LinkedHashSet<>();
        Object ticked = roles.get(user.username());
        if (ticked instanceof Object[] array) {
            Arrays.stream(array).forEach(role -> wanted.add(String.valueOf(role)));
        } else if (ticked instanceof Collection<?> list) {
            list.forEach(role -> wanted.add(String.valueOf(role)));
        }
        if (Screens.attempt(() -> accounts.changeRoles(user.username(), wanted, Screens.user())) != null) {
            Screens.info(user.username() + "'s roles are saved.");
        }
        refresh();
    }

    public void setEnabled(StaffUserView user, boolean enabled) {
        if (Screens.attempt(() -> accounts.setEnabled(user.username(), enabled, Screens.user())) != null) {
            Screens.info(user.username() + (enabled ? " can sign in again." : " is disabled and cannot sign in."));
        }
        refresh();
    }

    public void resetPassword(StaffUserView user) {
        String password = passwords.get(user.username());
        if (Screens.attempt(() -> accounts.resetPassword(user.username(), password, Screens.user())) != null) {
            Screens.info(user.username() + "'s password is reset: they choose their own at the next sign-in.");
        }
        refresh();
    }

    public String status(StaffUserView user) {
        List<String> parts = new ArrayList<>();
        parts.add(user.enabled() ? "Enabled" : "Disabled");
        if (user.lockedUntil() != null && user.lockedUntil().isAfter(LocalDateTime.now())) {
            parts.add("locked until " + ScreenTime.time(user.lockedUntil()));
        }
        if (user.mustChangePassword()) {
            parts.add("must change password");
        }
        return String.join(", ", parts);
    }

    public List<String> getAllRoles() {
        return StaffAccounts.ROLES;
    }

    public List<StaffChange.View> getChanges() {
        return accounts.changes(SHOWN);
    }

    public List<SignInView> getSignIns() {
        return signIns.latest(null, SHOWN);
    }

    public List<StaffUserView> getUsers() {
        return users;
    }

    public Map<String, Object> getRoles() {
        return roles;
    }

    public Map<String, String> getPasswords() {
        return passwords;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }
}
