package com.plandesk.engine;

import com.plandesk.kernel.Settings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;

/**
 * How the engine is tuned, in one place: the application's engine and the benchmark's bare reference engine
 * both take it, so the reference runs the same engine with no-op delegates. The figures behind each choice
 * are in BENCHMARKS.md.
 */
public final class EngineSettings {

    private static final Logger LOG = Logger.getLogger(EngineSettings.class.getName());
    /** The history levels, Camunda's and Plan Desk's own, by the id the engine records in the database. */
    private static final Map<String, Integer> HISTORY_LEVELS = new LinkedHashMap<>();

    static {
        HISTORY_LEVELS.put("none", 0);
        HISTORY_LEVELS.put(ProcessHistoryLevel.NAME, ProcessHistoryLevel.ID);
        HISTORY_LEVELS.put("activity", 1);
        HISTORY_LEVELS.put("audit", 2);
        HISTORY_LEVELS.put("full", 3);
    }

    private EngineSettings() {
    }

    /**
     * History "process" by default ({@link ProcessHistoryLevel}): every run and its incidents, not each activity
     * — Plan Desk's own task list and log tell staff what happened at each task. Process variables are ids, so
     * their history ("audit") would tell nothing.
     */
    public static String historyLevel() {
        String level = Settings.get("plandesk.engine.history", "PLANDESK_ENGINE_HISTORY", ProcessHistoryLevel.NAME);
        if (!HISTORY_LEVELS.containsKey(level)) {
            throw new IllegalStateException("PLANDESK_ENGINE_HISTORY is '" + level
                    + "': use one of " + String.join(", ", HISTORY_LEVELS.keySet()));
        }
        return level;
    }

    public static void apply(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomHistoryLevels(new ArrayList<>(List.of(ProcessHistoryLevel.INSTANCE)));
        configuration.setHistory(historyLevel());
        // History's removal time is fixed when a run starts (30 days on): no update of every history row of a
        // run when it ends, which the default ("end") costs.
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_START);
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor(); // the CDI configuration has none before build
        // New jobs wake the executor at once; a retry due later is found within a second.
        jobExecutor.setWaitTimeInMillis(1000);
        // Ten jobs per acquisition and a queue of ten: fewer acquisition round trips under bulk load.
        jobExecutor.setMaxJobsPerAcquisition(10);
        jobExecutor.setQueueSize(10);
        // A job locked by a node that was killed is taken by another once its lock time has passed (default
        // five minutes; here Settings.jobLockSeconds()).
        jobExecutor.setLockTimeInMillis(Settings.jobLockSeconds() * 1000);
        jobExecutor.setLockOwner(Settings.nodeName()); // which node holds a job, readable in ACT_RU_JOB
        configuration.setJobExecutor(jobExecutor);
        // Ids in blocks of a thousand from the database, taken again where another node took one at the same moment.
        configuration.setIdGenerator(new ClusterIdGenerator(configuration));
        // Jobs of runs that staff wait for are taken first (CounterFirst); the rest by due date's index order.
        configuration.setJobPriorityProvider(new CounterFirst());
        configuration.setJobExecutorAcquireByPriority(true);
        // Every job gets a due date (an asynchronous continuation: now), so that acquisition asks only
        // "due <= now" and finds the due jobs by the index below, past the month-long timers of every recurring
        // service's term, of which a grown database holds one per service.
        configuration.setEnsureJobDueDateNotNull(true);
        configuration.setJobExecutorActivate(true);
        // A failing task is tried three times, a second apart, before its provisioning is FAILED.
        configuration.setFailedJobRetryTimeCycle("R3/PT1S");
        // Metrics stay in memory: no periodic writes competing with provisioning (and none at shutdown).
        configuration.setDbMetricsReporterActivate(false);
        // History past its time to live (P30D on every process) is removed only inside a batch window: without
        // one the engine never cleans up, and a growing history slows every run.
        String[] window = historyCleanupWindow();
        if (window != null) {
            configuration.setHistoryCleanupBatchWindowStartTime(window[0]);
            configuration.setHistoryCleanupBatchWindowEndTime(window[1]);
        }
    }

    /** When the engine removes old history, "HH:mm-HH:mm" in the server's time zone (default at night); "off" never. */
    static String[] historyCleanupWindow() {
        String window = Settings.get("plandesk.engine.history-cleanup-window", "PLANDESK_ENGINE_HISTORY_CLEANUP_WINDOW",
                "01:00-05:00").trim();
        if (window.equalsIgnoreCase("off")) {
            return null;
        }
        if (!window.matches("([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d")) {
            throw new IllegalStateException("PLANDESK_ENGINE_HISTORY_CLEANUP_WINDOW is '" + window
                    + "': write a start and an end time, e.g. 01:00-05:00, or off");
        }
        return window.split("-");
    }

    /**
     * The index job acquisition needs once every active service's term waits on a timer job (the engine's own
     * schema has none on the due date), and a due date on jobs made before every job got one (they would never
     * be acquired). Run after the engine made its tables; both are done once.
     */
    public static void prepareJobAcquisition(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement index = connection.prepareStatement(
                     "CREATE INDEX IF NOT EXISTS PLANDESK_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_)");
             PreparedStatement due = connection.prepareStatement(
                     "UPDATE ACT_RU_JOB SET DUEDATE_ = CURRENT_TIMESTAMP WHERE DUEDATE_ IS NULL")) {
            index.execute();
            due.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not index the engine's jobs by due date: " + e.getMessage(), e);
        }
    }

    /**
     * The engine refuses to start on a database recorded with another history level: the configured level is
     * written there first (nothing to do on a new database, where the engine records it itself).
     */
    public static void recordHistoryLevel(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE ACT_GE_PROPERTY SET VALUE_ = ? WHERE NAME_ = 'historyLevel' AND VALUE_ <> ?")) {
            String id = String.valueOf(HISTORY_LEVELS.get(historyLevel()));
            update.setString(1, id);
            update.setString(2, id);
            if (update.executeUpdate() > 0) {
                LOG.info("Engine history level changed to " + historyLevel());
            }
        } catch (SQLException e) {
            LOG.fine(() -> "No engine tables yet: " + e.getMessage());
        }
    }
}
