package com.plandesk.staff;

import java.time.LocalDateTime;
import java.util.Set;

/** A staff account as admins see it (never its password hash). */
public record StaffUserView(String username, Set<String> roles, boolean enabled, boolean mustChangePassword,
                            LocalDateTime lockedUntil, LocalDateTime createdAt) {
}
