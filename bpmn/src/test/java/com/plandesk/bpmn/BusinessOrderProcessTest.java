package com.plandesk.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = {"processes/provisionBusinessOrder.bpmn", "processes/provisionVoipPlan.bpmn"})
class BusinessOrderProcessTest extends ProcessTest {

    @Test
    void checksRecordsRunsThePlanWithTheSameIdsAndNotifiesBilling() {
        ProcessInstance run = start("provisionBusinessOrder", Map.of("planProcessKey", "provisionVoipPlan"));
        runToTheEnd(run);

        assertThat(run).hasPassedInOrder("checkBusinessDetails", "recordOrderDetails", "provisionPlan",
                "notifyBillingContact");
        assertTasksRanInOrder("checkBusinessDetails", "recordOrderDetails", "validateCustomerAccount",
                "configureOcsAccount", "activateVoipLine", "createServiceRecord", "sendWelcomeEmail",
                "notifyBillingContact");
        assertEveryTaskGotTheRunsIds(); // the plan's run is given the order's ids
        assertThat(call("activateVoipLine").inputs()).isEqualTo(Map.of("networkService", "voip"));
    }

    @Test
    void aFailingBillingNotificationWaitsForARetryAndResumesThere() {
        assertAFailingTaskWaitsForARetryAndResumesThere("provisionBusinessOrder",
                Map.of("planProcessKey", "provisionVoipPlan"), "notifyBillingContact");
    }
}
