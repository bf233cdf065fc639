package com.plandesk.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "processes/provisionInternetPlan.bpmn")
class InternetPlanProcessTest extends ProcessTest {

    @Test
    void assignsTheModemOpensRadiusBooksTheInstallationAndSwitchesInternetOn() {
        ProcessInstance run = start("provisionInternetPlan", Map.of());
        runToTheEnd(run);

        assertTasksRanInOrder("validateCustomerAccount", "assignCpeModem", "createRadiusAccount",
                "scheduleInstallation", "createInstallationTicket", "activateInternetAccess", "configureOcsAccount",
                "createServiceRecord", "sendWelcomeEmail");
        assertEveryTaskGotTheRunsIds();
        assertThat(call("assignCpeModem").inputs()).isEqualTo(Map.of("template", "CPE Modem"));
        assertThat(call("activateInternetAccess").inputs()).isEqualTo(Map.of("networkService", "internet"));
        assertThat(call("scheduleInstallation").inputs()).isEmpty();
        assertThat(waitStates(run))
                .containsExactlyInAnyOrder("validateCustomerAccount", "configureOcsAccount", "sendWelcomeEmail");
    }

    @Test
    void aFailingOcsWaitsForARetryAndResumesThere() {
        assertAFailingTaskWaitsForARetryAndResumesThere("provisionInternetPlan", "configureOcsAccount");
    }

    @Test
    void aCancelledRunStopsWhereItWas() {
        ProcessInstance run = start("provisionInternetPlan", Map.of());
        execute(job(run));

        runtimeService().deleteProcessInstance(run.getId(), "Cancelled by agent", false, true);

        assertThat(run).isEnded().hasPassed("validateCustomerAccount", "activateInternetAccess")
                .hasNotPassed("configureOcsAccount");
        assertThat(calls).hasSize(6);
    }
}
