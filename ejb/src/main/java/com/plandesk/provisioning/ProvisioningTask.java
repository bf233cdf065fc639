package com.plandesk.provisioning;

import java.time.LocalDateTime;

/**
 * One task of a provisioning's task list, in the order of the BPMN process; a finished task keeps when it finished
 * (the log shows its "Done" line from that, see {@link ProvisioningQueries#log}).
 */
public record ProvisioningTask(String activityId, String name, TaskStatus status, String detail, LocalDateTime doneAt) {

    /** What staff read beside a task is kept short (the screens show one line). */
    static final int DETAIL_LENGTH = 400;

    static ProvisioningTask planned(PlannedTask planned) {
        return new ProvisioningTask(planned.activityId(), planned.name(), TaskStatus.PENDING, shortened(planned.detail()),
                null);
    }

    /** Finished; a detail replaces the one planned ("ICCID: …"), none keeps it. */
    ProvisioningTask done(String finishedDetail, LocalDateTime at) {
        return new ProvisioningTask(activityId, name, TaskStatus.DONE,
                finishedDetail == null ? detail : shortened(finishedDetail), at);
    }

    ProvisioningTask withStatus(TaskStatus newStatus) {
        return new ProvisioningTask(activityId, name, newStatus, detail, doneAt);
    }

    private static String shortened(String detail) {
        return detail == null || detail.length() <= DETAIL_LENGTH ? detail
                : detail.substring(0, DETAIL_LENGTH - 1) + "…";
    }

    /** Failed, with why. */
    ProvisioningTask failed(String why) {
        return new ProvisioningTask(activityId, name, TaskStatus.FAILED, shortened(why), doneAt);
    }
}
