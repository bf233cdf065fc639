package com.plandesk.cluster;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/** What a node found at its last heartbeat: itself and the live nodes on its database. */
public record ClusterView(String name, LocalDateTime startedAt, String processes, long clockOffsetMs,
                          List<Node> alive) {

    public record Node(String name, LocalDateTime startedAt, String processes) {
    }

    /**
     * Why this node should take no new work, or null. Its clock is off (leases and timers go by the database's
     * clock, but what it writes goes by its own), or a node started after it deployed other processes: new runs
     * start on the latest version, which this node's build may not have the code for.
     */
    public String problem(long maxClockOffsetMillis) {
        if (Math.abs(clockOffsetMs) > maxClockOffsetMillis) {
            return "its clock is " + clockOffsetMs + " ms off the database's (at most " + maxClockOffsetMillis
                    + " ms: PLANDESK_MAX_CLOCK_OFFSET_MS); set its time from NTP";
        }
        return alive.stream()
                .filter(node -> !node.name().equals(name) && !node.processes().equals(processes)
                        && node.startedAt().isAfter(startedAt))
                .findFirst()
                .map(node -> "node " + node.name() + " started later with other processes (" + shortly(node.processes())
                        + " against this node's " + shortly(processes) + "): start every node from the same build")
                .orElse(null);
    }

    public String describe() {
        return "node " + name + ", processes " + shortly(processes) + ", nodes alive on this database: "
                + alive.stream().map(node -> node.name() + (node.processes().equals(processes) ? ""
                        : " (other processes " + shortly(node.processes()) + ")")).collect(Collectors.joining(", "));
    }

    private static String shortly(String fingerprint) {
        return fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }
}
