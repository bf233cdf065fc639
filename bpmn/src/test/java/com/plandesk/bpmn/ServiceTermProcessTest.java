package com.plandesk.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "processes/serviceTerm.bpmn")
class ServiceTermProcessTest extends ProcessTest {

    @Test
    void waitsOnATimerJobForTheTermsEndThenStartsTheRenewalOrExpiry() {
        Date termEnd = Date.from(Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        ProcessInstance term = start("serviceTerm", Map.of("termEnd", termEnd));

        assertThat(term).isWaitingAt("termEnds");
        Job timer = managementService().createJobQuery().processInstanceId(term.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).as("due at the term's end, on the engine's job executor").isEqualTo(termEnd);
        assertThat(calls).as("nothing before the term ends").isEmpty();

        execute(timer);
        assertThat(term).isEnded();
        assertTasksRanInOrder("startTermEnd");
        assertThat(call("startTermEnd").ids()).containsEntry("serviceId", 2000L);
    }
}
