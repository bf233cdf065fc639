package com.plandesk.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** A plan whose service is only switched on in the network (IPTV, VoIP): no items, no installation. */
abstract class NetworkServicePlanTest extends ProcessTest {

    private final String processKey;
    private final String switchOnTask;
    private final String networkService;

    NetworkServicePlanTest(String processKey, String switchOnTask, String networkService) {
        this.processKey = processKey;
        this.switchOnTask = switchOnTask;
        this.networkService = networkService;
    }

    @Test
    void opensTheOcsAccountThenSwitchesTheServiceOn() {
        ProcessInstance run = start(processKey, Map.of());
        runToTheEnd(run);

        assertTasksRanInOrder("validateCustomerAccount", "configureOcsAccount", switchOnTask, "createServiceRecord",
                "sendWelcomeEmail");
        assertEveryTaskGotTheRunsIds();
        assertThat(call(switchOnTask).inputs()).isEqualTo(Map.of("networkService", networkService));
        assertThat(waitStates(run))
                .containsExactlyInAnyOrder("validateCustomerAccount", "configureOcsAccount", "sendWelcomeEmail");
    }

    @Test
    void aFailingOcsWaitsForARetryAndResumesThere() {
        assertAFailingTaskWaitsForARetryAndResumesThere(processKey, "configureOcsAccount");
    }
}
