package com.plandesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine Plan Desk configures keeps the history of every run and its incidents, not of each activity, and
 * removes old history by itself, in a night window staff can move; the jobs of a run someone waits for go first.
 */
class EngineSettingsTest {

    private static final String WINDOW = "plandesk.engine.history-cleanup-window";
    private static final String HISTORY = "plandesk.engine.history";

    @AfterEach
    void defaults() {
        System.clearProperty(WINDOW);
        System.clearProperty(HISTORY);
    }

    @Test
    void theHistoryKeepsEveryRunAndItsIncidentsButNoActivityRows() {
        ProcessEngine engine = engineRunningATwoStepProcess("history");
        try {
            HistoryService history = engine.getHistoryService();
            ProcessInstance waiting = engine.getRuntimeService().startProcessInstanceByKey("twoSteps", "waiting");
            engine.getRuntimeService().createIncident("failedJob", waiting.getId(), "check", "SIM not found");
            ProcessInstance ended = engine.getRuntimeService().startProcessInstanceByKey("twoSteps", "ended");
            engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                    .processInstanceId(ended.getId()).singleResult().getId());

            assertThat(history.createHistoricProcessInstanceQuery().list())
                    .extracting(HistoricProcessInstance::getBusinessKey, HistoricProcessInstance::getState)
                    .containsExactlyInAnyOrder(
                            tuple("waiting", HistoricProcessInstance.STATE_ACTIVE),
                            tuple("ended", HistoricProcessInstance.STATE_COMPLETED));
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(ended.getId()).singleResult()
                    .getEndTime()).isNotNull();
            assertThat(history.createHistoricIncidentQuery().processInstanceId(waiting.getId()).singleResult()
                    .getIncidentMessage()).isEqualTo("SIM not found");
            assertThat(history.createHistoricActivityInstanceQuery().count()).isZero();
        } finally {
            engine.close();
        }
    }

    @Test
    void anotherHistoryLevelCanStillBeChosen() {
        System.setProperty(HISTORY, "activity");
        ProcessEngine engine = engineRunningATwoStepProcess("activity");
        try {
            engine.getRuntimeService().startProcessInstanceByKey("twoSteps");
            // the start event, up to the wait state before the task
            assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().count()).isEqualTo(1);
        } finally {
            engine.close();
        }

        System.setProperty(HISTORY, "everything");
        assertThatThrownBy(EngineSettings::historyLevel)
                .hasMessageContaining("PLANDESK_ENGINE_HISTORY is 'everything'")
                .hasMessageContaining("none, process, activity, audit, full");
    }

    /** A start event, a task behind a wait state (as Plan Desk's processes begin), and an end event. */
    private static ProcessEngine engineRunningATwoStepProcess(String name) {
        StandaloneProcessEngineConfiguration configuration = configuration(name);
        EngineSettings.apply(configuration);
        configuration.setJobExecutorActivate(false);
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("twoSteps.bpmn",
                Bpmn.createExecutableProcess("twoSteps").camundaHistoryTimeToLive(30)
                        .startEvent().serviceTask("check").camundaAsyncBefore().camundaExpression("${true}")
                        .endEvent().done()).deploy();
        return engine;
    }

    @Test
    void jobsOfARunStaffWaitForAreTakenBeforeTheBackgroundsThatWereDueEarlier() {
        ProcessEngine engine = engineRunningATwoStepProcess("counter");
        try {
            engine.getRepositoryService().createDeployment().addModelInstance("order.bpmn",
                    Bpmn.createExecutableProcess("order").camundaHistoryTimeToLive(30)
                            .startEvent().callActivity("plan").calledElement("twoSteps").endEvent().done()).deploy();
            RuntimeService runtime = engine.getRuntimeService();
            List<String> background = new ArrayList<>();
            for (int row = 0; row < 5; row++) { // a bulk run's rows, or a renewal storm's
                background.add(runtime.startProcessInstanceByKey("twoSteps", "row " + row).getId());
            }
            String counter = runtime.startProcessInstanceByKey("twoSteps", "counter",
                    Map.of(CounterFirst.AT_COUNTER, true)).getId();
            String order = runtime.startProcessInstanceByKey("order", "business order",
                    Map.of(CounterFirst.AT_COUNTER, true)).getId();
            String calledPlan = runtime.createProcessInstanceQuery().superProcessInstanceId(order).singleResult()
                    .getId();

            assertThat(engine.getManagementService().createJobQuery().list())
                    .extracting(Job::getProcessInstanceId, Job::getPriority)
                    .contains(tuple(counter, CounterFirst.COUNTER_PRIORITY),
                            tuple(calledPlan, CounterFirst.COUNTER_PRIORITY), tuple(background.get(0), 0L));
            ProcessEngineConfigurationImpl configuration =
                    (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            AcquiredJobs acquired = configuration.getCommandExecutorTxRequired()
                    .execute(new AcquireJobsCmd(configuration.getJobExecutor(), 2));
            List<String> first = acquired.getJobIdBatches().stream().flatMap(List::stream)
                    .map(id -> engine.getManagementService().createJobQuery().jobId(id).singleResult()
                            .getProcessInstanceId()).toList();
            assertThat(first).containsExactlyInAnyOrder(counter, calledPlan);
        } finally {
            engine.close();
        }
    }

    @Test
    void twoEnginesOnOneDatabaseTakingIdsAtOnceNeverFailAndNeverShareOne() throws Exception {
        String url = "jdbc:h2:mem:twoNodes;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        List<ProcessEngine> nodes = new ArrayList<>();
        for (String node : List.of("nodeA", "nodeB")) {
            StandaloneProcessEngineConfiguration configuration = configuration(node);
            configuration.setJdbcUrl(url);
            configuration.setDatabaseSchemaUpdate("true");
            EngineSettings.apply(configuration);
            configuration.setJobExecutorActivate(false);
            nodes.add(configuration.buildProcessEngine());
        }
        try {
            // each node's threads take far more ids than a block holds, so that the nodes take blocks at once
            Set<String> ids = ConcurrentHashMap.newKeySet();
            List<Future<Integer>> takers = new ArrayList<>();
            ExecutorService threads = Executors.newFixedThreadPool(8);
            for (int taker = 0; taker < 8; taker++) {
                IdGenerator generator = ((ProcessEngineConfigurationImpl) nodes.get(taker % 2)
                        .getProcessEngineConfiguration()).getIdGenerator();
                takers.add(threads.submit(() -> {
                    for (int i = 0; i < 5 * ClusterIdGenerator.BLOCK_SIZE; i++) {
                        ids.add(generator.getNextId());
                    }
                    return 5 * ClusterIdGenerator.BLOCK_SIZE;
                }));
            }
            int taken = 0;
            for (Future<Integer> taker : takers) {
                taken += taker.get(); // a failed block would fail here
            }
            threads.shutdown();
            assertThat(ids).as("every id taken once").hasSize(taken);
        } finally {
            nodes.forEach(ProcessEngine::close);
        }
    }

    @Test
    void theEngineSchedulesItsHistoryCleanupAtNight() {
        StandaloneProcessEngineConfiguration configuration = configuration("cleanup");
        EngineSettings.apply(configuration);
        configuration.setJobExecutorActivate(false);
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
            assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
            assertThat(engine.getHistoryService().findHistoryCleanupJobs()).isNotEmpty();
        } finally {
            engine.close();
        }
    }

    @Test
    void offSchedulesNoCleanupAndABadWindowSaysWhatToWrite() {
        System.setProperty(WINDOW, "off");
        StandaloneProcessEngineConfiguration configuration = configuration("nocleanup");
        EngineSettings.apply(configuration);
        configuration.setJobExecutorActivate(false);
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            assertThat(engine.getHistoryService().findHistoryCleanupJobs()).isEmpty();
        } finally {
            engine.close();
        }

        System.setProperty(WINDOW, "1am-5am");
        assertThatThrownBy(() -> EngineSettings.apply(configuration("bad")))
                .hasMessageContaining("PLANDESK_ENGINE_HISTORY_CLEANUP_WINDOW is '1am-5am'")
                .hasMessageContaining("01:00-05:00");
    }

    private static StandaloneProcessEngineConfiguration configuration(String name) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setJdbcUsername("sa");
        configuration.setJdbcPassword("");
        configuration.setDatabaseSchemaUpdate("create-drop");
        return configuration;
    }
}
