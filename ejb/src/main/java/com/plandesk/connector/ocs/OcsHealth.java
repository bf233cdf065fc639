package com.plandesk.connector.ocs;

/** The OCS's answer to a harmless call (CGRateS's APIerSv1.Ping): whether it came, after how long, or why not. */
public record OcsHealth(boolean reachable, long millis, String problem) {

    /** "Reachable: answered in 3 ms", or "Not reachable: Could not connect to OCS at …: connection refused". */
    public String describe() {
        return reachable ? "Reachable: answered in " + millis + " ms" : "Not reachable: " + problem;
    }
}
