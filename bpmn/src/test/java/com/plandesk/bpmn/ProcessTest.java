package com.plandesk.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A process file run on an in-memory engine with every delegate the application has replaced by one that records
 * what it was given: the task it ran for, the run's ids it reads and the task's own input parameters. One
 * subclass per BPMN file.
 */
abstract class ProcessTest {

    @RegisterExtension
    final ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    /** The delegates the processes may name, as the application's beans are named. */
    static final List<String> DELEGATES = List.of("validateCustomerAccount", "assignInventory", "configureOcsAccount",
            "createServiceRecord", "sendWelcomeEmail", "createRadiusAccount", "scheduleInstallation",
            "createInstallationTicket", "activateNetworkService", "checkAddonTarget", "assignAddonInventory",
            "runAddonOnOcs", "checkBusinessDetails", "recordOrderDetails", "notifyBillingContact",
            // a service's life after Active
            "startTermEnd", "chargeTerm", "refillAllowances", "startNextTerm", "recordSuspension", "barOnNetwork",
            "disableOcsAccount", "recordResumption", "deactivateOnNetwork", "removeOcsAccount", "returnInventory",
            "endService", "sendEndNotice", "moveServiceRecord", "welcomeNewHolder");

    /** The run's ids, as the application starts a provisioning with them. */
    static final Map<String, Object> IDS = Map.of("provisioningId", 1000L, "serviceId", 2000L, "customerId", 123L,
            "assignmentId", 3000L, "productId", 1L);

    /** What a delegate was given: its task, the bean's name, the run's ids and the task's input parameters. */
    record Call(String task, String delegate, Map<String, Object> ids, Map<String, Object> inputs) {
    }

    final List<Call> calls = new ArrayList<>();

    @BeforeEach
    void recordDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        DELEGATES.forEach(delegate -> Mocks.register(delegate, recording(delegate)));
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    JavaDelegate recording(String delegate) {
        return execution -> {
            Map<String, Object> ids = new TreeMap<>();
            IDS.keySet().forEach(id -> ids.put(id, execution.getVariable(id)));
            // a task with input parameters runs in a scope of its own, which holds them
            boolean ownScope = !execution.getId().equals(execution.getProcessInstanceId());
            calls.add(new Call(execution.getCurrentActivityId(), delegate, ids,
                    ownScope ? new TreeMap<>(execution.getVariablesLocal()) : Map.of()));
        };
    }

    ProcessInstance start(String processKey, Map<String, Object> extra) {
        Map<String, Object> variables = new HashMap<>(IDS);
        variables.putAll(extra);
        return runtimeService().startProcessInstanceByKey(processKey, "1000", variables);
    }

    /** Runs the jobs of the run (and of the runs it called) until it has ended. */
    void runToTheEnd(ProcessInstance run) {
        for (int step = 0; step < 30 && !isEnded(run); step++) {
            execute(nextJob());
        }
        assertThat(run).isEnded();
    }

    /** The job to run next: of this run or of a run it called (each test has the engine to itself). */
    Job nextJob() {
        return managementService().createJobQuery().list().get(0);
    }

    boolean isEnded(ProcessInstance run) {
        return runtimeService().createProcessInstanceQuery().processInstanceId(run.getId()).count() == 0;
    }

    /** The tasks where the run waits and commits (asynchronous continuations), in the order they come. */
    List<String> waitStates(ProcessInstance run) {
        return managementService().createJobDefinitionQuery().processDefinitionId(run.getProcessDefinitionId())
                .list().stream().map(d -> d.getActivityId()).toList();
    }

    /** The delegates ran for these tasks, in this order. */
    void assertTasksRanInOrder(String... tasks) {
        assertThat(calls).extracting(Call::task).containsExactly(tasks);
    }

    /** Every delegate was given the run's ids. */
    void assertEveryTaskGotTheRunsIds() {
        assertThat(calls).allSatisfy(call -> assertThat(call.ids()).as(call.task()).isEqualTo(new TreeMap<>(IDS)));
    }

    Call call(String task) {
        return calls.stream().filter(c -> c.task().equals(task)).findFirst().orElseThrow();
    }

    /**
     * The task fails three times (its system is down), the run waits there with an incident, and once the system
     * answers a retry resumes at that task: the tasks before it do not run again.
     */
    void assertAFailingTaskWaitsForARetryAndResumesThere(String processKey, String failing) {
        assertAFailingTaskWaitsForARetryAndResumesThere(processKey, Map.of(), failing);
    }

    void assertAFailingTaskWaitsForARetryAndResumesThere(String processKey, Map<String, Object> extra, String failing) {
        String delegate = DELEGATES.stream().filter(d -> d.equals(delegateOf(processKey, failing))).findFirst()
                .orElseThrow();
        boolean[] systemDown = {true};
        JavaDelegate recording = recording(delegate);
        Mocks.register(delegate, (JavaDelegate) execution -> {
            if (systemDown[0] && execution.getCurrentActivityId().equals(failing)) {
                throw new IllegalStateException("Could not connect");
            }
            recording.execute(execution);
        });
        ProcessInstance run = start(processKey, extra);
        String failingJobDefinition = managementService().createJobDefinitionQuery()
                .processDefinitionId(run.getProcessDefinitionId()).activityIdIn(failing).singleResult().getId();
        while (!nextJob().getJobDefinitionId().equals(failingJobDefinition)) {
            execute(nextJob());
        }
        int before = calls.size();

        Job failingJob = nextJob();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThrows(RuntimeException.class, () -> managementService().executeJob(failingJob.getId()));
        }
        assertThat(managementService().createJobQuery().jobId(failingJob.getId()).singleResult().getRetries()).isZero();
        assertThat(runtimeService().createIncidentQuery().processInstanceId(run.getId()).count()).isEqualTo(1);
        assertThat(run).isWaitingAt(failing);

        systemDown[0] = false;
        managementService().setJobRetries(failingJob.getId(), 3);
        runToTheEnd(run);
        assertThat(calls.get(before).task()).as("resumed at the failed task").isEqualTo(failing);
        assertThat(calls).extracting(Call::task).doesNotHaveDuplicates();
    }

    private String delegateOf(String processKey, String task) {
        var repository = engine.getProcessEngine().getRepositoryService();
        var element = repository.getBpmnModelInstance(repository
                .createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult()
                .getId()).getModelElementById(task);
        String expression = ((org.camunda.bpm.model.bpmn.instance.ServiceTask) element).getCamundaDelegateExpression();
        return expression.substring(2, expression.length() - 1);
    }
}
