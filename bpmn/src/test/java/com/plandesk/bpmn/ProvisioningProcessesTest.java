package com.plandesk.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every provisioning process, with its delegates mocked: the happy path in order, a failing task that waits
 * for a retry and then resumes there, and a cancelled run. (The no-progress timeout is the application's:
 * it is tested in the server.)
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/provisionMobilePlan.bpmn", "processes/provisionInternetPlan.bpmn",
        "processes/provisionIptvPlan.bpmn", "processes/provisionVoipPlan.bpmn", "processes/provisionAddon.bpmn",
        "processes/provisionBusinessOrder.bpmn"})
class ProvisioningProcessesTest {

    static final Map<String, List<String>> TASKS = Map.of(
            "provisionMobilePlan", List.of("validateCustomerAccount", "assignSimCard", "assignMobileNumber",
                    "configureOcsAccount", "createServiceRecord", "sendWelcomeEmail"),
            "provisionInternetPlan", List.of("validateCustomerAccount", "assignCpeModem", "createRadiusAccount",
                    "scheduleInstallation", "createInstallationTicket", "activateInternetAccess",
                    "configureOcsAccount", "createServiceRecord", "sendWelcomeEmail"),
            "provisionIptvPlan", List.of("validateCustomerAccount", "configureOcsAccount", "activateIptvEntitlement",
                    "createServiceRecord", "sendWelcomeEmail"),
            "provisionVoipPlan", List.of("validateCustomerAccount", "configureOcsAccount", "activateVoipLine",
                    "createServiceRecord", "sendWelcomeEmail"),
            "provisionAddon", List.of("validateCustomerAccount", "checkTargetService", "assignAddonInventory",
                    "runAddonOnOcs"));

    static final Set<String> DELEGATES = Set.of("validateCustomerAccount", "assignInventory", "configureOcsAccount",
            "createServiceRecord", "sendWelcomeEmail", "createRadiusAccount", "scheduleInstallation",
            "createInstallationTicket", "activateNetworkService", "checkAddonTarget", "assignAddonInventory",
            "runAddonOnOcs", "checkBusinessDetails", "recordOrderDetails", "notifyBillingContact");

    ProcessEngine processEngine;

    final List<String> calls = new ArrayList<>();

    @BeforeEach
    void mockDelegates() {
        BpmnAwareTests.init(processEngine);
        for (String delegate : DELEGATES) {
            Mocks.register(delegate, (JavaDelegate) execution -> {
                Object parameter = execution.getVariable("template") != null ? execution.getVariable("template")
                        : execution.getVariable("networkService");
                calls.add(execution.getCurrentActivityId() + (parameter == null ? "" : ":" + parameter));
            });
        }
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    /** Where a run waits and commits: before the first task, the charging system (OCS) and e-mails. */
    static final Set<String> WAIT_STATE_DELEGATES = Set.of("configureOcsAccount", "runAddonOnOcs",
            "sendWelcomeEmail", "notifyBillingContact");

    @ParameterizedTest
    @ValueSource(strings = {"provisionMobilePlan", "provisionInternetPlan", "provisionIptvPlan",
            "provisionVoipPlan", "provisionAddon"})
    void tasksRunInOrderCommittingBeforeTheFirstTaskTheOcsAndTheEmail(String processKey) {
        List<String> tasks = TASKS.get(processKey);
        List<String> waitStates = tasks.stream()
                .filter(t -> t.equals(tasks.get(0)) || WAIT_STATE_DELEGATES.contains(delegateOf(t))).toList();
        ProcessInstance run = start(processKey, Map.of());

        for (String waitState : waitStates) {
            assertThat(run).isWaitingAt(waitState);
            execute(job(run));
        }

        assertThat(run).isEnded().hasPassedInOrder(tasks.toArray(String[]::new));
        assertThat(calls).extracting(c -> c.split(":")[0]).containsExactlyElementsOf(tasks);
        assertThat(managementService().createJobDefinitionQuery().processDefinitionId(run.getProcessDefinitionId())
                .list()).extracting(d -> d.getActivityId()).containsExactlyInAnyOrderElementsOf(waitStates);
    }

    @Test
    void theMobilePlanAssignsTheSimThenTheNumberAndActivatesIt() {
        ProcessInstance run = start("provisionMobilePlan", Map.of());
        while (!runtimeService().createProcessInstanceQuery().processInstanceId(run.getId()).list().isEmpty()) {
            execute(job(run));
        }
        assertThat(calls).containsSubsequence("assignSimCard:SIM Card", "assignMobileNumber:Mobile Number");
        CamundaInputOutput parameters = ((org.camunda.bpm.model.bpmn.instance.ServiceTask) processEngine
                .getRepositoryService().getBpmnModelInstance(run.getProcessDefinitionId())
                .getModelElementById("assignMobileNumber")).getExtensionElements().getElementsQuery()
                .filterByType(CamundaInputOutput.class).singleResult();
        assertThat(parameters.getCamundaInputParameters()).anyMatch(p ->
                p.getCamundaName().equals("activateSim") && p.getTextContent().equals("true"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"provisionMobilePlan", "provisionInternetPlan", "provisionIptvPlan",
            "provisionVoipPlan", "provisionAddon"})
    void aFailingOcsWaitsForARetryAndResumesThere(String processKey) {
        List<String> tasks = TASKS.get(processKey);
        String failing = tasks.stream().filter(t -> WAIT_STATE_DELEGATES.contains(delegateOf(t))
                && !delegateOf(t).equals("sendWelcomeEmail")).findFirst().orElseThrow();
        boolean[] systemDown = {true};
        Mocks.register(delegateOf(failing), (JavaDelegate) execution -> {
            if (systemDown[0] && execution.getCurrentActivityId().equals(failing)) {
                throw new IllegalStateException("Could not connect to OCS");
            }
            calls.add(execution.getCurrentActivityId());
        });
        ProcessInstance run = start(processKey, Map.of());
        while (!job(run).getJobDefinitionId().equals(jobDefinitionOf(run, failing))) {
            execute(job(run));
        }

        Job failingJob = job(run);
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThrows(RuntimeException.class, () -> managementService().executeJob(failingJob.getId()));
        }
        assertThat(managementService().createJobQuery().jobId(failingJob.getId()).singleResult().getRetries()).isZero();
        assertThat(runtimeService().createIncidentQuery().processInstanceId(run.getId()).count()).isEqualTo(1);
        assertThat(run).isWaitingAt(failing);

        systemDown[0] = false;
        managementService().setJobRetries(failingJob.getId(), 3);
        while (!isEnded(run)) {
            execute(job(run));
        }

        assertThat(run).isEnded();
        assertThat(calls.stream().filter(c -> c.startsWith(tasks.get(0))).count()).isEqualTo(1); // not repeated
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

    @Test
    void aBusinessOrderChecksRecordsRunsThePlanAndNotifiesBilling() {
        ProcessInstance run = start("provisionBusinessOrder", Map.of("planProcessKey", "provisionVoipPlan"));

        for (int step = 0; step < 20 && !isEnded(run); step++) {
            List<Job> jobs = managementService().createJobQuery().list();
            execute(jobs.get(0));
        }

        assertThat(run).isEnded().hasPassedInOrder("checkBusinessDetails", "recordOrderDetails", "provisionPlan",
                "notifyBillingContact");
        assertThat(calls).containsExactly("checkBusinessDetails", "recordOrderDetails", "validateCustomerAccount",
                "configureOcsAccount", "activateVoipLine:voip", "createServiceRecord", "sendWelcomeEmail",
                "notifyBillingContact");
    }

    private boolean isEnded(ProcessInstance run) {
        return runtimeService().createProcessInstanceQuery().processInstanceId(run.getId()).count() == 0;
    }

    private static String delegateOf(String task) {
        return switch (task) {
            case "assignSimCard", "assignMobileNumber", "assignCpeModem" -> "assignInventory";
            case "activateInternetAccess", "activateIptvEntitlement", "activateVoipLine" -> "activateNetworkService";
            case "checkTargetService" -> "checkAddonTarget";
            default -> task;
        };
    }

    private String jobDefinitionOf(ProcessInstance run, String activityId) {
        return managementService().createJobDefinitionQuery().processDefinitionId(run.getProcessDefinitionId())
                .activityIdIn(activityId).singleResult().getId();
    }

    private ProcessInstance start(String processKey, Map<String, Object> extra) {
        Map<String, Object> variables = new HashMap<>(Map.of("provisioningId", 1000L, "serviceId", 2000L,
                "customerId", 123L, "assignmentId", 3000L, "productId", 1L));
        variables.putAll(extra);
        return runtimeService().startProcessInstanceByKey(processKey, "1000", variables);
    }
}
