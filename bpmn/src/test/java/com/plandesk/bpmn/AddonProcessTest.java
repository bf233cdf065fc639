package com.plandesk.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "processes/provisionAddon.bpmn")
class AddonProcessTest extends ProcessTest {

    @Test
    void checksTheTargetServiceAssignsItsItemsAndRunsTheAddOnOnItsOcsAccount() {
        ProcessInstance run = start("provisionAddon", Map.of());
        runToTheEnd(run);

        assertTasksRanInOrder("validateCustomerAccount", "checkTargetService", "assignAddonInventory",
                "runAddonOnOcs");
        assertEveryTaskGotTheRunsIds();
        assertThat(call("checkTargetService").delegate()).isEqualTo("checkAddonTarget");
        assertThat(calls).allSatisfy(call -> assertThat(call.inputs()).as(call.task()).isEmpty());
        assertThat(waitStates(run)).containsExactlyInAnyOrder("validateCustomerAccount", "runAddonOnOcs");
    }

    @Test
    void aFailingOcsWaitsForARetryAndResumesThere() {
        assertAFailingTaskWaitsForARetryAndResumesThere("provisionAddon", "runAddonOnOcs");
    }
}
