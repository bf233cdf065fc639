package com.plandesk.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an admin gives to add a member of staff. */
public record NewStaffUser(
        @NotBlank(message = "Give the user name.")
        @Size(max = 64, message = "A user name has at most 64 characters.")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]*",
                message = "A user name is lower-case letters, digits, dots, dashes and underscores, without spaces.")
        String username,
        @NotBlank(message = "Give a first password.") String password,
        @NotEmpty(message = "Give at least one role: agent, supervisor, analyst or admin.") Set<String> roles) {
}
