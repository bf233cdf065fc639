package com.plandesk.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "processes/provisionMobilePlan.bpmn")
class MobilePlanProcessTest extends ProcessTest {

    @Test
    void assignsTheSimThenTheNumberWhichActivatesTheSimThenOpensTheOcsAccount() {
        ProcessInstance run = start("provisionMobilePlan", Map.of());
        runToTheEnd(run);

        assertTasksRanInOrder("validateCustomerAccount", "assignSimCard", "assignMobileNumber", "configureOcsAccount",
                "createServiceRecord", "sendWelcomeEmail");
        assertEveryTaskGotTheRunsIds();
        assertThat(call("assignSimCard").inputs()).isEqualTo(Map.of("template", "SIM Card"));
        assertThat(call("assignMobileNumber").inputs()).isEqualTo(Map.of("template", "Mobile Number",
                "activateSim", "true"));
        assertThat(call("configureOcsAccount").inputs()).isEmpty();
        assertThat(waitStates(run)).as("commits before the first task, the OCS and the e-mail")
                .containsExactlyInAnyOrder("validateCustomerAccount", "configureOcsAccount", "sendWelcomeEmail");
    }

    @Test
    void aFailingOcsWaitsForARetryAndResumesThere() {
        assertAFailingTaskWaitsForARetryAndResumesThere("provisionMobilePlan", "configureOcsAccount");
    }
}
