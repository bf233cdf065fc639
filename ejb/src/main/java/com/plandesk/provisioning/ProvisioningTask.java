package com.plandesk.provisioning;

/** One task of a provisioning's task list, in the order of the BPMN process. */
public record ProvisioningTask(String activityId, String name, TaskStatus status, String detail) {

    /** What staff read beside a task is kept short (the screens show one line). */
    static final int DETAIL_LENGTH = 400;

    static ProvisioningTask planned(PlannedTask planned) {
        return new ProvisioningTask(planned.activityId(), planned.name(), TaskStatus.PENDING, shortened(planned.detail()));
    }

    /** Finished; a detail replaces the one planned ("ICCID: …"), none keeps it. */
    ProvisioningTask done(String finishedDetail) {
        return new ProvisioningTask(activityId, name, TaskStatus.DONE,
                finishedDetail == null ? detail : shortened(finishedDetail));
    }

    ProvisioningTask withStatus(TaskStatus newStatus) {
        return new ProvisioningTask(activityId, name, newStatus, detail);
    }

    private static String shortened(String detail) {
        return detail == null || detail.length() <= DETAIL_LENGTH ? detail
                : detail.substring(0, DETAIL_LENGTH - 1) + "…";
    }
}
