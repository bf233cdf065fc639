package com.plandesk.provisioning;

import com.plandesk.persistence.RefersTo;
import com.plandesk.engine.RunProgress;
import jakarta.persistence.Convert;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.persistence.annotations.Mutable;

/** One run of a product's BPMN process for an assignment; its id is the "Provisioning ID" staff see. */
@Entity
@Table(name = "provisioning")
public class Provisioning {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provisioning_id")
    @SequenceGenerator(name = "provisioning_id", sequenceName = "provisioning_id_seq", allocationSize = 50)
    private Long id;

    @RefersTo("assignment")
    private Long assignmentId;
    @RefersTo("customer_service")
    private Long serviceId;
    private Long productId;
    private String processKey;
    /** The version of the process definition it started with (null on runs started before it was kept). */
    private Integer processVersion;
    private String processInstanceId;
    /** The bulk run it belongs to; null for interactive work. */
    @RefersTo("bulk_assignment")
    private Long bulkAssignmentId;

    @Enumerated(EnumType.STRING)
    private ProvisioningStatus status;

    @Enumerated(EnumType.STRING)
    private ProvisioningAction action = ProvisioningAction.ASSIGN;
    /** Who started a lifecycle run, and why (an assignment's run keeps these on the assignment). */
    private String requestedBy;
    private String reason;

    private String error;
    private LocalDateTime startedAt;
    private LocalDateTime endedAt;
    private LocalDateTime lastProgressAt;

    // Immutable (each change is a new list): EclipseLink keeps the same list in its copy for change detection
    // instead of copying it through JSON at every read.
    @Convert(converter = TaskListColumn.class)
    @Mutable(false)
    private TaskList tasks = TaskList.EMPTY;

    @Version
    private long version;

    protected Provisioning() {
    }

    public Provisioning(Long assignmentId, Long serviceId, Long productId, String processKey, int processVersion,
                        Long bulkAssignmentId, TaskList tasks) {
        this.tasks = tasks;
        this.assignmentId = assignmentId;
        this.bulkAssignmentId = bulkAssignmentId;
        this.serviceId = serviceId;
        this.productId = productId;
        this.processKey = processKey;
        this.processVersion = processVersion;
        this.status = ProvisioningStatus.RUNNING;
        this.startedAt = LocalDateTime.now();
        this.lastProgressAt = startedAt;
    }

    /** A lifecycle run on an existing service: no assignment, who asked and why. */
    public static Provisioning lifecycle(ProvisioningAction action, Long serviceId, Long productId, String processKey,
                                         int processVersion, TaskList tasks, String requestedBy, String reason) {
        Provisioning run = new Provisioning(null, serviceId, productId, processKey, processVersion, null, tasks);
        run.action = action;
        run.requestedBy = requestedBy;
        run.reason = reason;
        return run;
    }

    void retried() {
        tasks = tasks.retried();
        status = ProvisioningStatus.RUNNING;
        error = null;
        endedAt = null;
        lastProgressAt = LocalDateTime.now();
    }

    /** Tasks finished in one engine transaction: progress, which the timeout watches. */
    void progressed(List<RunProgress.FinishedTask> done) {
        // to the microsecond, as the database keeps the run's other times: the log orders its lines by them
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        for (RunProgress.FinishedTask task : done) {
            tasks = tasks.done(task.activityId(), task.detail(), now);
        }
        lastProgressAt = now;
    }

    /** The next try is scheduled for later: the timeout counts from then, not from the last finished task. */
    void waitsUntil(LocalDateTime nextTry) {
        lastProgressAt = nextTry;
    }

    /** No progress for the timeout: the task it was at failed, and so did the run. */
    void timedOut(String message, int seconds) {
        tasks = tasks.timedOut("Timed out after " + seconds + " s");
        failed(message);
    }

    void taskFailed(String activityId) {
        tasks = tasks.failed(activityId);
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void succeeded() {
        status = ProvisioningStatus.SUCCEEDED;
        error = null;
        endedAt = LocalDateTime.now();
    }

    /** Stopped by staff: no task fails, the run ends. */
    void cancelled(String actor) {
        status = ProvisioningStatus.CANCELLED;
        error = "Cancelled by " + actor;
        endedAt = LocalDateTime.now();
    }

    void failed(String error) {
        status = ProvisioningStatus.FAILED;
        this.error = error == null ? "Unknown error" : error.length() > 2000 ? error.substring(0, 2000) : error;
        endedAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public ProvisioningAction getAction() {
        return action;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getReason() {
        return reason;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public Long getBulkAssignmentId() {
        return bulkAssignmentId;
    }

    public Long getProductId() {
        return productId;
    }

    public LocalDateTime getLastProgressAt() {
        return lastProgressAt;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public String getProcessKey() {
        return processKey;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Integer getProcessVersion() {
        return processVersion;
    }

    public ProvisioningStatus getStatus() {
        return status;
    }

    public String getError() {
        return error;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public List<ProvisioningTask> getTasks() {
        return tasks.tasks();
    }
}
