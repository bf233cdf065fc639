package com.plandesk.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;

/**
 * A member of staff who signs in: the server's security realm reads this row (server.cli) to check the password
 * hash and take the roles.
 */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    @Id
    private String username;
    private String passwordHash;
    private boolean enabled;
    private boolean mustChangePassword;
    private int failedSignIns;
    private LocalDateTime lockedUntil;
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role")
    private Set<String> roles = new TreeSet<>();

    protected StaffUser() {
    }

    public StaffUser(String username, String passwordHash, Set<String> roles, boolean mustChangePassword) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = new TreeSet<>(roles);
        this.enabled = true;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = LocalDateTime.now();
    }

    public String getUsername() {
        return username;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setRoles(Set<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void resetPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = true;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    StaffUserView view() {
        return new StaffUserView(username, Set.copyOf(roles), enabled, mustChangePassword,
                lockedUntil != null && lockedUntil.isAfter(LocalDateTime.now()) ? lockedUntil : null, createdAt);
    }
}
