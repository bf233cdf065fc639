package com.plandesk.provisioning;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One task of a provisioning's task list, in the order of the BPMN process. */
@Entity
@Table(name = "provisioning_task")
public class ProvisioningTask {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provisioning_task_id")
    @SequenceGenerator(name = "provisioning_task_id", sequenceName = "provisioning_task_id_seq", allocationSize = 50)
    private Long id;

    private Long provisioningId;
    private int position;
    private String activityId;
    private String name;

    @Enumerated(EnumType.STRING)
    private TaskStatus status;

    private String detail;

    protected ProvisioningTask() {
    }

    ProvisioningTask(Long provisioningId, int position, PlannedTask planned) {
        this.provisioningId = provisioningId;
        this.position = position;
        this.activityId = planned.activityId();
        this.name = planned.name();
        this.detail = planned.detail();
        this.status = TaskStatus.PENDING;
    }

    /** Finished; a detail replaces the one planned ("ICCID: …"), none keeps it. */
    void done(String finishedDetail) {
        status = TaskStatus.DONE;
        if (finishedDetail != null) {
            detail = finishedDetail;
        }
    }

    public Long getProvisioningId() {
        return provisioningId;
    }

    public int getPosition() {
        return position;
    }

    public String getActivityId() {
        return activityId;
    }

    public String getName() {
        return name;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }
}
