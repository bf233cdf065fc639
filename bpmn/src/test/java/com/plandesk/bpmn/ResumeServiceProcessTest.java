package com.plandesk.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "processes/resumeService.bpmn")
class ResumeServiceProcessTest extends ProcessTest {

    @Test
    void unbarsTheServiceThenEnablesItsOcsAccountThenMarksItActive() {
        ProcessInstance run = start("resumeService", Map.of());
        runToTheEnd(run);

        assertTasksRanInOrder("unbarOnNetwork", "enableOcsAccount", "recordResumption");
        assertEveryTaskGotTheRunsIds();
        assertThat(call("unbarOnNetwork").inputs()).isEqualTo(Map.of("barred", "false"));
        assertThat(call("enableOcsAccount").inputs()).isEqualTo(Map.of("disabled", "false"));
        assertThat(waitStates(run)).containsExactlyInAnyOrder("unbarOnNetwork", "enableOcsAccount");
    }

    @Test
    void aFailingOcsWaitsForARetryAndResumesThere() {
        assertAFailingTaskWaitsForARetryAndResumesThere("resumeService", "enableOcsAccount");
    }
}
