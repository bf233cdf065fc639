package com.plandesk.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "processes/moveService.bpmn")
class MoveServiceProcessTest extends ProcessTest {

    @Test
    void movesTheServiceRecordThenWelcomesTheNewHolder() {
        ProcessInstance run = start("moveService", Map.of("toCustomerId", 456L));
        runToTheEnd(run);

        assertTasksRanInOrder("moveServiceRecord", "welcomeNewHolder");
        assertEveryTaskGotTheRunsIds();
        assertThat(waitStates(run)).as("commits before the move and before the e-mail")
                .containsExactlyInAnyOrder("moveServiceRecord", "welcomeNewHolder");
    }

    @Test
    void aFailingMailServerWaitsForARetryAndResumesThere() {
        assertAFailingTaskWaitsForARetryAndResumesThere("moveService", Map.of("toCustomerId", 456L),
                "welcomeNewHolder");
    }
}
