package com.plandesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine Plan Desk configures keeps the history of every run and its incidents, not of each activity, and
 * removes old history by itself, in a night window staff can move.
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
