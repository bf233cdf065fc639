package com.plandesk.staff;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One sign-in, refused or not: who (as typed), from where, through which door, when. */
@Entity
@Table(name = "sign_in")
public class SignIn {

    /** Where the credentials came in. */
    public enum Channel { SCREENS, API }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_id")
    @SequenceGenerator(name = "sign_in_id", sequenceName = "sign_in_id_seq", allocationSize = 50)
    private Long id;

    private String username;
    private String remoteAddress;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private boolean succeeded;
    private LocalDateTime at;

    protected SignIn() {
    }

    SignIn(String username, String remoteAddress, Channel channel, boolean succeeded) {
        this.username = username.length() <= 200 ? username : username.substring(0, 200);
        this.remoteAddress = remoteAddress.length() <= 64 ? remoteAddress : remoteAddress.substring(0, 64);
        this.channel = channel;
        this.succeeded = succeeded;
        this.at = LocalDateTime.now();
    }

    SignInView view() {
        return new SignInView(at, username, remoteAddress, channel, succeeded);
    }
}
