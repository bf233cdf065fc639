package com.plandesk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A provisioning's task list: how tasks change state, and its JSON column read back as written. */
class TaskListTest {

    private static final TaskList PLANNED = TaskList.planned(List.of(
            new PlannedTask("validateCustomerAccount", "Validate customer account", null, null, null),
            new PlannedTask("assignSimCard", "Assign SIM Card", "SIM Card", null, "SIM-00123"),
            new PlannedTask("configureOcsAccount", "Configure OCS account", null, null, null)));

    @Test
    void aTaskIsDoneWithItsDetailAndAFailedOneIsPendingAgainAfterARetry() {
        TaskList list = PLANNED.done("validateCustomerAccount", "John Smith is active")
                .done("assignSimCard", null)
                .failed("configureOcsAccount");

        assertThat(list.tasks()).extracting(ProvisioningTask::status)
                .containsExactly(TaskStatus.DONE, TaskStatus.DONE, TaskStatus.FAILED);
        assertThat(list.tasks()).extracting(ProvisioningTask::detail)
                .containsExactly("John Smith is active", "SIM-00123", null);
        assertThat(list.detailOf("assignSimCard")).as("a task that reported nothing keeps its planned detail")
                .isEqualTo("SIM-00123");
        assertThat(list.detailOf("configureOcsAccount")).isNull();
        assertThat(list.retried().tasks()).extracting(ProvisioningTask::status)
                .containsExactly(TaskStatus.DONE, TaskStatus.DONE, TaskStatus.PENDING);
        assertThat(PLANNED.tasks()).extracting(ProvisioningTask::status).as("the planned list is unchanged")
                .containsOnly(TaskStatus.PENDING);
        assertThat(list).isNotEqualTo(PLANNED); // how JPA sees the change
    }

    @Test
    void aLongDetailIsShortenedForTheScreens() {
        String detail = "x".repeat(1000);
        assertThat(PLANNED.done("assignSimCard", detail).tasks().get(1).detail())
                .hasSize(ProvisioningTask.DETAIL_LENGTH).endsWith("…");
    }

    @Test
    void theColumnReadsBackWhatItWrote() {
        TaskListColumn column = new TaskListColumn();
        TaskList list = PLANNED.done("validateCustomerAccount", "Smith, \"Jo\" — ünïcode\nnext line")
                .failed("configureOcsAccount");

        String json = column.convertToDatabaseColumn(list);

        assertThat(column.convertToEntityAttribute(json)).isEqualTo(list);
        assertThat(column.convertToEntityAttribute(column.convertToDatabaseColumn(TaskList.EMPTY))).isEqualTo(TaskList.EMPTY);
        assertThat(column.convertToEntityAttribute(null)).isEqualTo(TaskList.EMPTY);
    }
}
