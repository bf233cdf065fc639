package com.plandesk.service;

/** A service's status; {@link #tmForum()} is the TM Forum product state it maps to in the API's documentation. */
public enum ServiceStatus {
    INACTIVE("pendingActive"), ACTIVE("active"), SUSPENDED("suspended"), TERMINATED("terminated"),
    EXPIRED("terminated");

    private final String tmForum;

    ServiceStatus(String tmForum) {
        this.tmForum = tmForum;
    }

    public String tmForum() {
        return tmForum;
    }

    /** "Active", as staff read it. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }

    /** Ended: nothing more happens to the service. */
    public boolean ended() {
        return this == TERMINATED || this == EXPIRED;
    }
}
