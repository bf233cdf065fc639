package com.plandesk.kernel;

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

    /** How long a number from an ended service waits before it is offered again. */
    public static int numberQuarantineDays() {
        return Integer.parseInt(get("plandesk.number-quarantine-days", "PLANDESK_NUMBER_QUARANTINE_DAYS", "90"));
    }

    /**
     * When a failed renewal is tried again (an engine retry cycle: R3/PT1H is three tries an hour apart); after the
     * last the service is suspended.
     */
    public static String renewalRetryCycle() {
        return get("plandesk.renewal-retry-cycle", "PLANDESK_RENEWAL_RETRY_CYCLE", "R3/PT1H");
    }

    /** CGRateS JSON-RPC endpoint; by default the simulator that ships with Plan Desk. */
    public static String ocsUrl() {
        return get("plandesk.ocs.url", "PLANDESK_OCS_URL", "http://127.0.0.1:" + ocsSimulatorPort() + "/jsonrpc");
    }

    public static String ocsTenant() {
        return get("plandesk.ocs.tenant", "PLANDESK_OCS_TENANT", "cgrates.org");
    }

    /** Every OCS call gives up after this long (default 5 s). */
    public static int ocsTimeoutMillis() {
        return Integer.parseInt(get("plandesk.ocs.timeout-ms", "PLANDESK_OCS_TIMEOUT_MS", "5000"));
    }

    /** The port of the bundled CGRateS simulator; 0 turns it off (when a real CGRateS is used). */
    public static int ocsSimulatorPort() {
        return Integer.parseInt(get("plandesk.ocs.simulator-port", "PLANDESK_OCS_SIMULATOR_PORT", "2080"));
    }

    /** Network (HLR/HSS, RADIUS) calls give up after this long (default 5 s). */
    public static int networkTimeoutMillis() {
        return Integer.parseInt(get("plandesk.network.timeout-ms", "PLANDESK_NETWORK_TIMEOUT_MS", "5000"));
    }

    /** A provisioning with no progress for this long is failed as timed out (default 5 minutes). */
    public static int provisioningTimeoutSeconds() {
        return Integer.parseInt(get("plandesk.provisioning.timeout-seconds", "PLANDESK_PROVISIONING_TIMEOUT_SECONDS",
                "300"));
    }

    /** The SMTP host; without one, welcome e-mails are written to the log instead of being sent. */
    public static String smtpHost() {
        return get("plandesk.smtp.host", "PLANDESK_SMTP_HOST", null);
    }

    /**
     * At most this many provisionings of bulk runs in flight at once: a bulk run waits for room rather than
     * filling the job executor's queue ahead of staff at the counter. The default, 100 per core (200 on two
     * cores), grows with the job executor's pace, so that counter work waits behind a few seconds of bulk work
     * at most (two cores provision 50–180 bulk rows a second, depending on the machine).
     */
    public static int bulkMaxInFlight() {
        return Integer.parseInt(get("plandesk.bulk.max-in-flight", "PLANDESK_BULK_MAX_IN_FLIGHT",
                String.valueOf(100 * Runtime.getRuntime().availableProcessors())));
    }

    /** The largest bulk file accepted, in megabytes (default 20: about 200,000 rows). */
    public static int bulkMaxFileMegabytes() {
        return Integer.parseInt(get("plandesk.bulk.max-file-mb", "PLANDESK_BULK_MAX_FILE_MB", "20"));
    }

    /** After this many failed sign-ins in a row a staff account is locked (default 5). */
    public static int signInMaxFailures() {
        return Integer.parseInt(get("plandesk.sign-in.max-failures", "PLANDESK_SIGN_IN_MAX_FAILURES", "5"));
    }

    /** How long a locked staff account stays locked, in seconds (default 900: a quarter of an hour). */
    public static int signInLockSeconds() {
        return Integer.parseInt(get("plandesk.sign-in.lock-seconds", "PLANDESK_SIGN_IN_LOCK_SECONDS", "900"));
    }

    /** The shortest password an admin may give a member of staff (default 12 characters). */
    public static int passwordMinLength() {
        return Integer.parseInt(get("plandesk.password.min-length", "PLANDESK_PASSWORD_MIN_LENGTH", "12"));
    }

    /**
     * This server's name in a cluster of several on one database (WildFly's node name, which {@code ./plandesk start}
     * sets from PLANDESK_NODE): what bulk runs' owners and the cluster's timers are recorded under.
     */
    public static String nodeName() {
        String name = System.getProperty("jboss.node.name");
        return name == null || name.isBlank() ? "plandesk" : name;
    }

    /**
     * How long a bulk run's job stays its node's without the node renewing it (default 30 s): once it runs out,
     * another node takes the run over from its last checkpoint. Renewed every 5 s, so it must stay well above that.
     */
    public static int bulkLeaseSeconds() {
        return Integer.parseInt(get("plandesk.bulk.lease-seconds", "PLANDESK_BULK_LEASE_SECONDS", "30"));
    }

    /**
     * How long a node's job executor holds the jobs it took (default 30 s): a killed node's jobs are taken by
     * another node once it has passed. Above the longest task, whose OCS and network calls give up after seconds.
     */
    public static int jobLockSeconds() {
        return Integer.parseInt(get("plandesk.job-lock-seconds", "PLANDESK_JOB_LOCK_SECONDS", "30"));
    }

    /** How far this server's clock may be from the database's before the node reports itself not ready (2 s). */
    public static int maxClockOffsetMillis() {
        return Integer.parseInt(get("plandesk.max-clock-offset-ms", "PLANDESK_MAX_CLOCK_OFFSET_MS", "2000"));
    }
}
