package com.plandesk.catalog;

/** The kinds of service Plan Desk provisions; {@link #label()} is how a service is named ("Mobile - …"). */
public enum ServiceType {
    MOBILE("Mobile"), INTERNET("Internet"), IPTV("IPTV"), VOIP("VoIP");

    private final String label;

    ServiceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
