package com.plandesk.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.Test;

@Deployment(resources = "processes/renewService.bpmn")
class RenewServiceProcessTest extends ProcessTest {

    static final Map<String, Object> CYCLE = Map.of("renewalRetryCycle", "R2/PT1H");

    @Test
    void chargesTheTermThenRefillsTheAllowancesThenStartsTheNextTerm() {
        ProcessInstance run = start("renewService", CYCLE);
        runToTheEnd(run);

        assertTasksRanInOrder("chargeTerm", "refillAllowances", "startNextTerm");
        assertEveryTaskGotTheRunsIds();
        assertThat(waitStates(run)).as("commits before the charge: the charge, refill and next term together")
                .containsExactly("chargeTerm");
    }

    @Test
    void aChargeThatFailsIsTriedOnTheRenewalScheduleThenFailsTheRun() {
        Mocks.register("chargeTerm", (JavaDelegate) execution -> {
            throw new IllegalStateException("Could not connect to OCS");
        });
        ProcessInstance run = start("renewService", CYCLE);
        Job charge = nextJob();

        assertThatThrownBy(() -> managementService().executeJob(charge.getId())).isInstanceOf(RuntimeException.class);
        Job again = managementService().createJobQuery().jobId(charge.getId()).singleResult();
        assertThat(again.getRetries()).as("one more try of R2").isEqualTo(1);
        assertThat(Duration.between(charge.getDuedate() == null ? java.time.Instant.now()
                : charge.getDuedate().toInstant(), again.getDuedate().toInstant()))
                .as("an hour later, as the cycle says").isGreaterThan(Duration.ofMinutes(59));

        assertThatThrownBy(() -> managementService().executeJob(charge.getId())).isInstanceOf(RuntimeException.class);
        assertThat(runtimeService().createIncidentQuery().processInstanceId(run.getId()).count())
                .as("tries used up: the run fails (and the application suspends the service)").isEqualTo(1);
        assertThat(run).isWaitingAt("chargeTerm");
        assertThat(calls).as("no refill, no next term without the charge").isEmpty();
    }
}
