package com.plandesk.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.Incident;

/**
 * The engine's built-in listeners, as a plugin the bootstrap discovers: they report every tracked run's progress
 * to {@link RunProgress}, for all processes alike — analysts' BPMN files need no listeners of their own. A task's
 * end marks it done and the process's end the run ended — collected per engine transaction and reported once,
 * when the engine flushes that transaction (tasks between two wait states commit together anyway); a task that has
 * used up its retries is reported failed with the cause, and every failed attempt before that.
 */
@ApplicationScoped
public class ProgressListeners extends AbstractProcessEnginePlugin {

    /** A transient variable in which a delegate leaves what staff should read next to its task. */
    public static final String TASK_DETAIL = "taskDetail";

    private static final Logger LOG = Logger.getLogger(ProgressListeners.class.getName());

    @Inject
    RunProgress runs;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostBPMNParseListeners(added(configuration.getCustomPostBPMNParseListeners(),
                parseListener()));
        configuration.setCustomIncidentHandlers(added(configuration.getCustomIncidentHandlers(), incidentHandler()));
        configuration.setCustomSessionFactories(added(configuration.getCustomSessionFactories(), sessionFactory()));
        configuration.setFailedJobCommandFactory(failedAttempts());
    }

    /** The engine adds its own entries to these lists later: they must be mutable. */
    private static <T> List<T> added(Collection<? extends T> existing, T entry) {
        List<T> list = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        list.add(entry);
        return list;
    }

    /** One {@link TransactionProgress} per engine transaction (command context). */
    private SessionFactory sessionFactory() {
        return new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return TransactionProgress.class;
            }

            @Override
            public Session openSession() {
                return new TransactionProgress();
            }
        };
    }

    /**
     * What the tasks of one transaction reported. The engine flushes its sessions after the command's work and
     * before the commit, so this is written in the same transaction; a failed command flushes nothing.
     */
    private final class TransactionProgress implements Session {
        private final Map<Long, List<RunProgress.FinishedTask>> done = new LinkedHashMap<>();
        private final Set<Long> succeeded = new LinkedHashSet<>();

        @Override
        public void flush() {
            Set<Long> runIds = new LinkedHashSet<>(done.keySet());
            runIds.addAll(succeeded);
            for (Long runId : runIds) {
                runs.progressed(runId, done.getOrDefault(runId, List.of()), succeeded.contains(runId));
            }
            done.clear();
            succeeded.clear();
        }

        @Override
        public void close() {
        }
    }

    private static TransactionProgress transactionProgress() {
        return Context.getCommandContext().getSession(TransactionProgress.class);
    }

    private BpmnParseListener parseListener() {
        ExecutionListener taskEnd = this::taskEnded;
        ExecutionListener processEnd = this::processEnded;
        return new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity definition) {
                definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, processEnd);
            }

            @Override
            public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                track(activity, taskEnd);
            }

            @Override
            public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                track(activity, taskEnd);
            }

            @Override
            public void parseScriptTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                track(activity, taskEnd);
            }

            @Override
            public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                track(activity, taskEnd);
            }

            @Override
            public void parseTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                track(activity, taskEnd);
            }

            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                track(activity, taskEnd);
            }

            @Override
            public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
                track(activity, taskEnd);
            }
        };
    }

    /** Only the end of a task is recorded: tasks between two wait states commit together anyway. */
    private static void track(ActivityImpl activity, ExecutionListener end) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, end);
    }

    private IncidentHandler incidentHandler() {
        return new DefaultIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE) {
            @Override
            public Incident handleIncident(IncidentContext context, String message) {
                Incident incident = super.handleIncident(context, message);
                ExecutionEntity execution = Context.getCommandContext().getExecutionManager()
                        .findExecutionById(context.getExecutionId());
                Long runId = execution == null ? null : runId(execution);
                if (runId != null) {
                    // the task that threw, which may come after the wait state the job started at
                    String failed = context.getFailedActivityId() != null ? context.getFailedActivityId()
                            : context.getActivityId();
                    LOG.warning(() -> "Run " + runId + " failed at " + failed + ": " + message);
                    var activity = execution.getProcessDefinition().findActivity(failed);
                    runs.failed(runId, failed, activity == null ? failed : activity.getName(), message);
                }
                return incident;
            }
        };
    }

    /** Every failed attempt is logged with the system's answer; the last one becomes the incident. */
    private FailedJobCommandFactory failedAttempts() {
        return new DefaultFailedJobCommandFactory() {
            @Override
            public Command<Object> getCommand(String jobId, Throwable exception) {
                Command<Object> standard = super.getCommand(jobId, exception);
                return commandContext -> {
                    Object result = standard.execute(commandContext);
                    JobEntity job = commandContext.getJobManager().findJobById(jobId);
                    ExecutionEntity execution = job == null ? null : job.getExecution();
                    Long runId = execution == null ? null : runId(execution);
                    if (runId != null && job.getRetries() > 0) {
                        String failed = job.getFailedActivityId() != null ? job.getFailedActivityId()
                                : job.getActivityId();
                        var activity = execution.getProcessDefinition().findActivity(failed);
                        runs.attemptFailed(runId, activity == null ? failed : activity.getName(),
                                job.getRetries(), exception.getMessage(), job.getDuedate());
                    }
                    return result;
                };
            }
        };
    }

    private void taskEnded(DelegateExecution execution) {
        Long runId = runId(execution);
        if (runId == null || execution.isCanceled()) {
            return;
        }
        Object detail = execution.getVariableLocal(TASK_DETAIL);
        execution.removeVariableLocal(TASK_DETAIL);
        transactionProgress().done.computeIfAbsent(runId, id -> new ArrayList<>())
                .add(new RunProgress.FinishedTask(execution.getCurrentActivityId(),
                        execution.getCurrentActivityName(), detail == null ? null : detail.toString()));
    }

    private void processEnded(DelegateExecution execution) {
        Long runId = runId(execution);
        // A called sub-process ends inside its parent; a cancelled one did not succeed.
        if (runId == null || execution.isCanceled() || execution.getSuperExecution() != null) {
            return;
        }
        runs.ending(runId);
        transactionProgress().succeeded.add(runId);
    }

    private Long runId(VariableScope execution) {
        return runs.runOf(execution);
    }
}
