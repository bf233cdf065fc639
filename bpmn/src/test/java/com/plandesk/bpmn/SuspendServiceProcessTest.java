package com.plandesk.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "processes/suspendService.bpmn")
class SuspendServiceProcessTest extends ProcessTest {

    @Test
    void marksTheServiceSuspendedThenBarsItOnTheNetworkThenDisablesItsOcsAccount() {
        ProcessInstance run = start("suspendService", Map.of("reason", "Customer abroad"));
        runToTheEnd(run);

        assertTasksRanInOrder("recordSuspension", "barOnNetwork", "disableOcsAccount");
        assertEveryTaskGotTheRunsIds();
        assertThat(call("barOnNetwork").inputs()).isEqualTo(Map.of("barred", "true"));
        assertThat(call("disableOcsAccount").inputs()).isEqualTo(Map.of("disabled", "true"));
        assertThat(waitStates(run)).containsExactlyInAnyOrder("recordSuspension", "disableOcsAccount");
    }

    @Test
    void aFailingOcsWaitsForARetryAndResumesThere() {
        assertAFailingTaskWaitsForARetryAndResumesThere("suspendService", "disableOcsAccount");
    }
}
