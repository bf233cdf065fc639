package com.plandesk.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/provisionMobilePlan.bpmn")
class ProvisionMobilePlanTest {

    static final List<String> SEED_TASKS = List.of("validateCustomerAccount", "assignSimCard",
            "assignMobileNumber", "configureOcsAccount", "createServiceRecord", "sendWelcomeEmail");

    ProcessEngine processEngine;

    final List<String> calls = new ArrayList<>();

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(processEngine);
        for (String delegate : List.of("validateCustomerAccount", "configureOcsAccount", "createServiceRecord",
                "sendWelcomeEmail")) {
            Mocks.register(delegate, (JavaDelegate) execution -> calls.add(delegate));
        }
        Mocks.register("assignInventory",
                (JavaDelegate) execution -> calls.add("assignInventory:" + execution.getVariable("template")));
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    @Test
    void runsTheSeedsSixTasksInOrderEachInItsOwnTransaction() {
        ProcessInstance run = start();

        for (String task : SEED_TASKS) {
            assertThat(run).isWaitingAt(task);
            execute(job(run));
        }

        assertThat(run).isEnded().hasPassedInOrder(SEED_TASKS.toArray(String[]::new));
        assertThat(calls).containsExactly("validateCustomerAccount", "assignInventory:SIM Card",
                "assignInventory:Mobile Number", "configureOcsAccount", "createServiceRecord", "sendWelcomeEmail");
    }

    @Test
    void aFailingTaskKeepsTheFinishedTasksAndWaitsToBeRetried() {
        Mocks.register("configureOcsAccount", (JavaDelegate) execution -> {
            throw new IllegalStateException("Could not connect to OCS");
        });
        ProcessInstance run = start();
        execute(job(run));
        execute(job(run));
        execute(job(run));

        Job ocsJob = job(run);
        assertThrows(IllegalStateException.class, () -> managementService().executeJob(ocsJob.getId()));

        assertThat(run).isWaitingAt("configureOcsAccount").hasPassed("validateCustomerAccount", "assignSimCard",
                "assignMobileNumber");
        assertThat(managementService().createJobQuery().jobId(ocsJob.getId()).singleResult().getExceptionMessage())
                .isEqualTo("Could not connect to OCS");
        assertThat(calls).doesNotContain("createServiceRecord", "sendWelcomeEmail");
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("provisionMobilePlan", "1000",
                Map.of("provisioningId", 1000L, "serviceId", 2000L, "customerId", 123L, "assignmentId", 3000L));
    }
}
