package com.plandesk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A provisioning's task list: how tasks change state, and its JSON column read back as written. */
class TaskListTest {

    private static final TaskList PLANNED = TaskList.planned(List.of(
            new PlannedTask("validateCustomerAccount", "Validate customer account", null, null, null),
            new PlannedTask("assignSimCard", "Assign SIM Card", "SIM Card", null, "SIM-00123"),
            new PlannedTask("configureOcsAccount", "Configure OCS account", null, null, null)));

    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 27, 12, 0, 0, 123_456_000);

    @Test
    void aRunThatTimesOutFailsTheTaskItWasAtWithTheTimeItWaited() {
        TaskList list = PLANNED.done("validateCustomerAccount", "John Smith is active", AT)
                .timedOut("Timed out after 300 s");

        assertThat(list.tasks()).extracting(ProvisioningTask::status)
                .containsExactly(TaskStatus.DONE, TaskStatus.FAILED, TaskStatus.PENDING);
        assertThat(list.tasks().get(1).detail()).isEqualTo("Timed out after 300 s");
        assertThat(list.retried().tasks().get(1).status()).as("a retry resumes there").isEqualTo(TaskStatus.PENDING);
        TaskList allDone = PLANNED.done("validateCustomerAccount", null, AT).done("assignSimCard", null, AT)
                .done("configureOcsAccount", null, AT);
        assertThat(allDone.timedOut("Timed out after 300 s")).as("nothing was running").isEqualTo(allDone);
    }

    @Test
    void aTaskIsDoneWithItsDetailAndTimeAndAFailedOneIsPendingAgainAfterARetry() {
        TaskList list = PLANNED.done("validateCustomerAccount", "John Smith is active", AT)
                .done("assignSimCard", null, AT.plusSeconds(1))
                .failed("configureOcsAccount");

        assertThat(list.tasks()).extracting(ProvisioningTask::status)
                .containsExactly(TaskStatus.DONE, TaskStatus.DONE, TaskStatus.FAILED);
        assertThat(list.tasks()).extracting(ProvisioningTask::detail)
                .containsExactly("John Smith is active", "SIM-00123", null);
        assertThat(list.tasks().get(1).detail()).as("a task that reported nothing keeps its planned detail")
                .isEqualTo("SIM-00123");
        assertThat(list.tasks()).extracting(ProvisioningTask::doneAt).containsExactly(AT, AT.plusSeconds(1), null);
        assertThat(list.retried().tasks()).extracting(ProvisioningTask::status)
                .containsExactly(TaskStatus.DONE, TaskStatus.DONE, TaskStatus.PENDING);
        assertThat(list.retried().tasks()).extracting(ProvisioningTask::doneAt).as("finished tasks keep their time")
                .containsExactly(AT, AT.plusSeconds(1), null);
        assertThat(PLANNED.tasks()).extracting(ProvisioningTask::status).as("the planned list is unchanged")
                .containsOnly(TaskStatus.PENDING);
        assertThat(list).isNotEqualTo(PLANNED); // how JPA sees the change
    }

    @Test
    void aLongDetailIsShortenedForTheScreens() {
        String detail = "x".repeat(1000);
        assertThat(PLANNED.done("assignSimCard", detail, AT).tasks().get(1).detail())
                .hasSize(ProvisioningTask.DETAIL_LENGTH).endsWith("…");
    }

    @Test
    void theColumnReadsBackWhatItWrote() {
        TaskListColumn column = new TaskListColumn();
        TaskList list = PLANNED.done("validateCustomerAccount", "Smith, \"Jo\" — ünïcode\nnext line", AT)
                .failed("configureOcsAccount");

        String json = column.convertToDatabaseColumn(list);

        assertThat(column.convertToEntityAttribute(json)).isEqualTo(list);
        assertThat(column.convertToEntityAttribute(json).tasks().get(0).doneAt()).isEqualTo(AT);
        assertThat(column.convertToEntityAttribute("""
                [{"activityId":"a","name":"A","status":"DONE","detail":null}]""").tasks().get(0).doneAt())
                .as("a task finished before tasks kept their time").isNull();
        assertThat(column.convertToEntityAttribute(column.convertToDatabaseColumn(TaskList.EMPTY))).isEqualTo(TaskList.EMPTY);
        assertThat(column.convertToEntityAttribute(null)).isEqualTo(TaskList.EMPTY);
    }
}
