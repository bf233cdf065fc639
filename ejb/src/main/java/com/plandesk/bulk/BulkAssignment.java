package com.plandesk.bulk;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** One CSV upload run as a Jakarta Batch job (or checked only, as a dry run). */
@Entity
@Table(name = "bulk_assignment")
public class BulkAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bulk_assignment_id")
    @SequenceGenerator(name = "bulk_assignment_id", sequenceName = "bulk_assignment_id_seq", allocationSize = 50)
    private Long id;

    private String fileName;
    private boolean dryRun;

    @Enumerated(EnumType.STRING)
    private BulkAssignmentStatus status;

    /** The template settings as "column=value" lines: what fills the columns a row leaves blank. */
    private String defaults;
    private int totalRows;
    private String requestedBy;
    private LocalDateTime requestedAt;
    private LocalDateTime endedAt;
    private Long jobExecutionId;
    private String ownerNode;
    private LocalDateTime leaseUntil;
    private String error;

    @Version
    private long version;

    protected BulkAssignment() {
    }

    BulkAssignment(String fileName, boolean dryRun, Map<String, String> defaults, int totalRows, String requestedBy) {
        this.fileName = fileName;
        this.dryRun = dryRun;
        this.defaults = defaults.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        this.totalRows = totalRows;
        this.requestedBy = requestedBy;
        this.requestedAt = LocalDateTime.now();
        this.status = BulkAssignmentStatus.QUEUED;
    }

    void started(long jobExecutionId, String ownerNode, LocalDateTime leaseUntil) {
        this.jobExecutionId = jobExecutionId;
        this.ownerNode = ownerNode;
        this.leaseUntil = leaseUntil;
        this.status = BulkAssignmentStatus.RUNNING;
        this.endedAt = null;
        this.error = null;
    }

    void ended(BulkAssignmentStatus status, String error) {
        this.status = status;
        this.error = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
        this.endedAt = LocalDateTime.now();
    }

    public String getOwnerNode() {
        return ownerNode;
    }

    public Map<String, String> defaultsMap() {
        Map<String, String> map = new LinkedHashMap<>();
        if (defaults != null && !defaults.isEmpty()) {
            for (String line : defaults.split("\n")) {
                int eq = line.indexOf('=');
                map.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return map;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public BulkAssignmentStatus getStatus() {
        return status;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public String getError() {
        return error;
    }
}
