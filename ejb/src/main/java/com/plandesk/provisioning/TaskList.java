package com.plandesk.provisioning;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A provisioning's task list, stored with the provisioning itself (one row: the status call reads it at once,
 * and a task's end rewrites it in the update that records the progress). Immutable: each change is a new list,
 * which is how JPA sees that it changed.
 */
public record TaskList(List<ProvisioningTask> tasks) {

    public static final TaskList EMPTY = new TaskList(List.of());

    public TaskList {
        tasks = List.copyOf(tasks);
    }

    static TaskList planned(List<PlannedTask> plan) {
        return new TaskList(plan.stream().map(ProvisioningTask::planned).toList());
    }

    /** The task (every occurrence: a process called twice lists its tasks twice) finished with this detail. */
    TaskList done(String activityId, String detail, LocalDateTime at) {
        return change(task -> task.activityId().equals(activityId), task -> task.done(detail, at));
    }

    TaskList failed(String activityId) {
        return change(task -> task.activityId().equals(activityId), task -> task.withStatus(TaskStatus.FAILED));
    }

    /** Time ran out: the task the run was at — the first not done, as the progress view shows it — failed. */
    TaskList timedOut(String detail) {
        ProvisioningTask at = tasks.stream().filter(task -> task.status() == TaskStatus.PENDING).findFirst()
                .orElse(null);
        return at == null ? this : change(task -> task == at, task -> task.failed(detail));
    }

    /** A retry resumes at the failed task: it is pending again. */
    TaskList retried() {
        return change(task -> task.status() == TaskStatus.FAILED, task -> task.withStatus(TaskStatus.PENDING));
    }

    private TaskList change(Predicate<ProvisioningTask> which, UnaryOperator<ProvisioningTask> change) {
        return new TaskList(tasks.stream().map(task -> which.test(task) ? change.apply(task) : task).toList());
    }
}
