package com.plandesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine Plan Desk configures removes old history by itself, in a night window staff can move. */
class EngineSettingsTest {

    private static final String WINDOW = "plandesk.engine.history-cleanup-window";

    @AfterEach
    void defaultWindow() {
        System.clearProperty(WINDOW);
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
