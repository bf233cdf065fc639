package com.plandesk.platform;

import com.plandesk.provisioning.ProvisioningService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
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
import org.camunda.bpm.engine.variable.Variables;

/**
 * Reports every provisioning process's progress to {@link ProvisioningService}, for all processes alike:
 * analysts' BPMN files need no listeners of their own. A task's end marks it DONE and the process's end marks
 * the provisioning SUCCEEDED — collected per engine transaction and written once, when the engine flushes that
 * transaction (tasks between two wait states commit together anyway); a task that has used up its retries
 * marks it FAILED with the cause.
 */
public class ProvisioningProgress {

    /** A transient variable in which a delegate leaves what staff should read next to its task. */
    public static final String TASK_DETAIL = "taskDetail";

    private static final Logger LOG = Logger.getLogger(ProvisioningProgress.class.getName());

    private final ProvisioningService provisionings;

    public ProvisioningProgress(ProvisioningService provisionings) {
        this.provisionings = provisionings;
    }

    /** For delegates: the detail shown beside the task ("ICCID: 8944…"), kept for this transaction only. */
    public static void detail(DelegateExecution execution, String detail) {
        execution.setVariableLocal(TASK_DETAIL, Variables.stringValue(detail, true));
    }

    /** Registered with the engine: one {@link TransactionProgress} per engine transaction (command context). */
    SessionFactory sessionFactory() {
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
        private final Map<Long, List<ProvisioningService.DoneTask>> done = new LinkedHashMap<>();
        private final Set<Long> succeeded = new LinkedHashSet<>();

        @Override
        public void flush() {
            Set<Long> provisioningIds = new LinkedHashSet<>(done.keySet());
            provisioningIds.addAll(succeeded);
            for (Long provisioningId : provisioningIds) {
                provisionings.progress(provisioningId, done.getOrDefault(provisioningId, List.of()),
                        succeeded.contains(provisioningId));
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

    BpmnParseListener parseListener() {
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

    IncidentHandler incidentHandler() {
        return new DefaultIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE) {
            @Override
            public Incident handleIncident(IncidentContext context, String message) {
                Incident incident = super.handleIncident(context, message);
                ExecutionEntity execution = Context.getCommandContext().getExecutionManager()
                        .findExecutionById(context.getExecutionId());
                Long provisioningId = execution == null ? null : provisioningId(execution);
                if (provisioningId != null) {
                    // the task that threw, which may come after the wait state the job started at
                    String failed = context.getFailedActivityId() != null ? context.getFailedActivityId()
                            : context.getActivityId();
                    LOG.warning(() -> "Provisioning " + provisioningId + " failed at " + failed + ": " + message);
                    var activity = execution.getProcessDefinition().findActivity(failed);
                    provisionings.fail(provisioningId, failed, activity == null ? failed : activity.getName(), message);
                }
                return incident;
            }
        };
    }

    /** Every failed attempt is logged with the system's answer; the last one becomes the incident. */
    FailedJobCommandFactory failedAttempts() {
        return new DefaultFailedJobCommandFactory() {
            @Override
            public Command<Object> getCommand(String jobId, Throwable exception) {
                Command<Object> standard = super.getCommand(jobId, exception);
                return commandContext -> {
                    Object result = standard.execute(commandContext);
                    JobEntity job = commandContext.getJobManager().findJobById(jobId);
                    ExecutionEntity execution = job == null ? null : job.getExecution();
                    Long provisioningId = execution == null ? null : provisioningId(execution);
                    if (provisioningId != null && job.getRetries() > 0) {
                        String failed = job.getFailedActivityId() != null ? job.getFailedActivityId()
                                : job.getActivityId();
                        var activity = execution.getProcessDefinition().findActivity(failed);
                        provisionings.attemptFailed(provisioningId, activity == null ? failed : activity.getName(),
                                job.getRetries(), exception.getMessage());
                    }
                    return result;
                };
            }
        };
    }

    private void taskEnded(DelegateExecution execution) {
        Long provisioningId = provisioningId(execution);
        if (provisioningId == null || execution.isCanceled()) {
            return;
        }
        Object detail = execution.getVariableLocal(TASK_DETAIL);
        execution.removeVariableLocal(TASK_DETAIL);
        transactionProgress().done.computeIfAbsent(provisioningId, id -> new ArrayList<>())
                .add(new ProvisioningService.DoneTask(execution.getCurrentActivityId(),
                        execution.getCurrentActivityName(), detail == null ? null : detail.toString()));
    }

    private void processEnded(DelegateExecution execution) {
        Long provisioningId = provisioningId(execution);
        // A called sub-process ends inside its parent; a cancelled one did not succeed.
        if (provisioningId == null || execution.isCanceled() || execution.getSuperExecution() != null) {
            return;
        }
        transactionProgress().succeeded.add(provisioningId);
    }

    private static Long provisioningId(DelegateExecution execution) {
        Object id = execution.getVariable(ProvisioningService.PROVISIONING_ID);
        return id instanceof Number number ? number.longValue() : null;
    }
}
