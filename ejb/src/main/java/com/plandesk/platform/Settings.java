package com.plandesk.platform;

/**
 * The one place where Plan Desk reads its configuration: a system property (as the server configuration
 * or a test sets it) wins over the environment variable, which wins over the default.
 */
public final class Settings {

    private Settings() {
    }

    public static String get(String property, String environmentVariable, String defaultValue) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    /** Load the seed's demo customers, products and stock on first start. */
    public static boolean demoData() {
        return !"false".equalsIgnoreCase(get("plandesk.demo-data", "PLANDESK_DEMO_DATA", "true"));
    }

    /** How long selected items stay reserved for an agent (default 15 minutes). */
    public static int reservationMinutes() {
        return Integer.parseInt(get("plandesk.reservation-minutes", "PLANDESK_RESERVATION_MINUTES", "15"));
    }

    /** The SMTP host; without one, welcome e-mails are written to the log instead of being sent. */
    public static String smtpHost() {
        return get("plandesk.smtp.host", "PLANDESK_SMTP_HOST", null);
    }
}
