package com.plandesk.provisioning;

import com.plandesk.persistence.RefersTo;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A line of a provisioning's log written when something happened: an attempt failed, the run failed (with the
 * system's answer), was retried, cancelled or timed out. The routine lines — started, each task done, succeeded — are
 * read from the provisioning's row ({@link ProvisioningQueries#log}); runs from before that have them written here.
 */
@Entity
@Table(name = "provisioning_log")
public class ProvisioningLogEntry {

    public enum Level { INFO, WARN, ERROR }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provisioning_log_id")
    @SequenceGenerator(name = "provisioning_log_id", sequenceName = "provisioning_log_id_seq", allocationSize = 50)
    private Long id;

    @RefersTo("provisioning")
    private Long provisioningId;
    private LocalDateTime at;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Level level;

    private String task;
    private String message;

    protected ProvisioningLogEntry() {
    }

    ProvisioningLogEntry(Long provisioningId, Level level, String task, String message) {
        this.provisioningId = provisioningId;
        this.at = LocalDateTime.now();
        this.level = level;
        this.task = task;
        this.message = message == null ? "" : message.length() > 2000 ? message.substring(0, 2000) : message;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public Level getLevel() {
        return level;
    }

    public String getTask() {
        return task;
    }

    public String getMessage() {
        return message;
    }
}
