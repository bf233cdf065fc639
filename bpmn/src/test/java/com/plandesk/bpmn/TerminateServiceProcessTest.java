package com.plandesk.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "processes/terminateService.bpmn")
class TerminateServiceProcessTest extends ProcessTest {

    @Test
    void takesTheServiceOffTheNetworkAndTheOcsReturnsItsItemsEndsItAndTellsTheCustomer() {
        ProcessInstance run = start("terminateService", Map.of("action", "TERMINATE", "reason", "Customer left"));
        runToTheEnd(run);

        assertTasksRanInOrder("deactivateOnNetwork", "removeOcsAccount", "returnInventory", "endService",
                "sendEndNotice");
        assertEveryTaskGotTheRunsIds();
        assertThat(waitStates(run)).as("commits before the network, the OCS, the records and the e-mail")
                .containsExactlyInAnyOrder("deactivateOnNetwork", "removeOcsAccount", "returnInventory",
                        "sendEndNotice");
    }

    @Test
    void anExpiryRunsTheSameTasks() {
        ProcessInstance run = start("terminateService", Map.of("action", "EXPIRE"));
        runToTheEnd(run);

        assertTasksRanInOrder("deactivateOnNetwork", "removeOcsAccount", "returnInventory", "endService",
                "sendEndNotice");
    }

    @Test
    void aFailingOcsWaitsForARetryAndResumesThere() {
        assertAFailingTaskWaitsForARetryAndResumesThere("terminateService", Map.of("action", "TERMINATE"),
                "removeOcsAccount");
    }
}
