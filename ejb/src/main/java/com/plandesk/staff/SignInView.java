package com.plandesk.staff;

import java.time.LocalDateTime;

/** A sign-in as admins read it. */
public record SignInView(LocalDateTime at, String username, String remoteAddress, SignIn.Channel channel,
                         boolean succeeded) {
}
