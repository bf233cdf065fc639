package com.plandesk.cluster;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A node as it last said it was alive (times on the database's clock). */
@Entity
@Table(name = "cluster_node")
public class ClusterNodeEntry {

    @Id
    private String name;
    private LocalDateTime startedAt;
    private LocalDateTime seenAt;
    private String processes;
    private long clockOffsetMs;

    protected ClusterNodeEntry() {
    }

    ClusterNodeEntry(String name, LocalDateTime startedAt, LocalDateTime seenAt, String processes, long clockOffsetMs) {
        this.name = name;
        seen(startedAt, seenAt, processes, clockOffsetMs);
    }

    void seen(LocalDateTime startedAt, LocalDateTime seenAt, String processes, long clockOffsetMs) {
        this.startedAt = startedAt;
        this.seenAt = seenAt;
        this.processes = processes;
        this.clockOffsetMs = clockOffsetMs;
    }
}
