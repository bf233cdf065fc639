package com.plandesk.provisioning;

import com.plandesk.customer.CustomerDirectory;
import com.plandesk.inventory.ItemView;
import com.plandesk.platform.PlanDeskException;
import com.plandesk.platform.ProcessEngineBootstrap;
import com.plandesk.platform.Settings;
import com.plandesk.provisioning.ProvisioningLogEntry.Level;
import com.plandesk.service.Service;
import com.plandesk.service.ServiceRecords;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Starts provisionings, records their progress as the engine reports it (task list, log, status), and lets
 * staff retry, cancel and watch them. The engine's jobs do the work; this keeps what staff read cheap.
 */
@Stateless
@PermitAll
public class ProvisioningService {

    /** Process variables: ids and plain values only, never entities. */
    public static final String PROVISIONING_ID = "provisioningId";
    public static final String SERVICE_ID = "serviceId";
    public static final String CUSTOMER_ID = "customerId";
    public static final String ASSIGNMENT_ID = "assignmentId";
    public static final String PRODUCT_ID = "productId";
    /** The plan process a business order calls. */
    public static final String PLAN_PROCESS_KEY = "planProcessKey";
    /** Task lists by process definition id: a deployed definition never changes, so each is read once. */
    private static final Map<String, List<PlannedTask>> PLANS = new ConcurrentHashMap<>();
    /** The latest definition by process key, and a count of deployments made since start. */
    private static final Map<String, ProcessDefinition> LATEST = new ConcurrentHashMap<>();
    private static final AtomicLong DEPLOYMENTS = new AtomicLong();

    @Inject
    private EntityManager em;

    @EJB
    private ProcessEngineBootstrap bootstrap;

    @Inject
    private ServiceRecords services;

    @Inject
    private CustomerDirectory customers;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private SessionContext caller;

    /**
     * The deployed (latest) definition of a process, or a message saying it is missing. Looked up once per key
     * (every assignment needs it; a bulk run, thousands of times) and forgotten when an analyst deploys.
     */
    public ProcessDefinition deployedProcess(String processKey) {
        ProcessDefinition known = LATEST.get(processKey);
        if (known != null) {
            return known;
        }
        long deployments = DEPLOYMENTS.get();
        ProcessDefinition definition = engine().getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        if (definition == null) {
            throw PlanDeskException.notAllowed("productId", "The provisioning process '" + processKey
                    + "' is not deployed: ask an analyst to deploy it or choose another product.");
        }
        if (DEPLOYMENTS.get() == deployments) { // not read before a deployment that committed meanwhile
            LATEST.put(processKey, definition);
        }
        return definition;
    }

    /** A deployment in this transaction: once it commits, each process's latest version is looked up again. */
    public void deploymentMade() {
        afterCompletion(status -> {
            DEPLOYMENTS.incrementAndGet();
            LATEST.clear();
        });
    }

    public boolean isDeployed(String processKey) {
        return engine().getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().count() > 0;
    }

    public List<String> deployedProcessKeys() {
        return engine().getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).sorted().toList();
    }

    /**
     * Plans the task list from the BPMN model (a called plan process listed in place of its call) and starts
     * the process, in the caller's transaction: a refused assignment starts nothing. The items the assignment
     * holds for the service name the tasks that will assign them.
     */
    public Provisioning start(Long assignmentId, Service service, Long productId, ProcessDefinition definition,
                              Map<String, ?> extraVariables, Long bulkAssignmentId, List<ItemView> held) {
        Map<String, Object> variables = new HashMap<>(extraVariables);
        variables.putAll(Map.of(SERVICE_ID, service.getId(), CUSTOMER_ID, service.getCustomerId(),
                ASSIGNMENT_ID, assignmentId, PRODUCT_ID, productId));
        List<PlannedTask> plan = new ArrayList<>();
        for (PlannedTask task : plan(definition, variables)) {
            String template = task.inventoryTemplate();
            plan.add(template == null ? task : task.withDetail(held.stream()
                    .filter(i -> template.equals(i.template()))
                    .map(ItemView::description).findFirst().orElse(null)));
        }
        Provisioning provisioning = new Provisioning(assignmentId, service.getId(), productId, definition.getKey(),
                definition.getVersion(), bulkAssignmentId, TaskList.planned(plan));
        em.persist(provisioning); // its id is drawn now; the row is written once, with the process instance
        variables.put(PROVISIONING_ID, provisioning.getId());
        String processInstanceId = engine().getRuntimeService().startProcessInstanceById(definition.getId(),
                String.valueOf(provisioning.getId()), variables).getId();
        provisioning.started(processInstanceId);
        return provisioning;
    }

    /**
     * Runs work as one engine command in the caller's transaction: the processes it starts are written to the
     * database together when it returns — for a bulk chunk one batch of the engine's rows instead of a flush per
     * row, and the process and job definitions read once. If work throws, the
     * engine writes nothing, the transaction is marked for rollback and the exception comes out as it was.
     */
    public void startingTogether(Runnable work) {
        try {
            ((ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                    .execute(commandContext -> {
                        try {
                            work.run();
                        } catch (RuntimeException e) {
                            throw new WorkFailed(e);
                        }
                        return null;
                    });
        } catch (WorkFailed e) {
            throw (RuntimeException) e.getCause();
        }
    }

    /** Carries work's own exception through the engine, which logs a bad user request at debug level only. */
    private static final class WorkFailed extends BadUserRequestException {
        WorkFailed(RuntimeException cause) {
            super("the work of a command failed", cause);
        }
    }

    private List<PlannedTask> plan(ProcessDefinition definition, Map<String, Object> variables) {
        List<PlannedTask> tasks = new ArrayList<>();
        for (PlannedTask task : PLANS.computeIfAbsent(definition.getId(), id -> TaskPlan.of(
                engine().getRepositoryService().getBpmnModelInstance(id), definition.getKey()))) {
            String called = task.calledElement();
            if (called == null) {
                tasks.add(task);
            } else {
                String key = called.startsWith("${") ? String.valueOf(variables.get(called.substring(2,
                        called.length() - 1).trim())) : called;
                tasks.addAll(plan(deployedProcess(key), variables));
            }
        }
        return tasks;
    }

    // --- reported by the engine, once per engine transaction ------------------------------------------

    /** A finished task, as the engine reported it. */
    public record DoneTask(String activityId, String name, String detail) {
    }

    /**
     * What one engine transaction did for a provisioning, written at once: its finished tasks (DONE, with their
     * detail and time) and, when the process ended in it, success — the service becomes ACTIVE. One update of the
     * provisioning's row: the log shows the "Done" and "Succeeded" lines from it (see {@link #log}), so the happy
     * path writes no log rows.
     */
    public void progress(Long provisioningId, List<DoneTask> done, boolean ended) {
        Provisioning provisioning = find(provisioningId);
        provisioning.progressed(done);
        if (ended) {
            provisioning.succeeded();
            services.activate(provisioning.getServiceId());
        }
    }

    /** A task failed and will be tried again. */
    public void attemptFailed(Long provisioningId, String name, int retriesLeft, String error) {
        log(provisioningId, Level.WARN, name, "Attempt failed (" + retriesLeft + " more to go): " + error);
    }

    /** A task used up its retries: FAILED with the cause; the service stays INACTIVE, its items held. */
    public void fail(Long provisioningId, String activityId, String name, String error) {
        Provisioning provisioning = find(provisioningId);
        provisioning.failed(error);
        provisioning.taskFailed(activityId);
        log(provisioningId, Level.ERROR, name, error);
    }

    // --- staff actions ------------------------------------------------------------------------------

    /** Resumes at the failed task; finished tasks are not repeated. Agents retry their own runs, supervisors any. */
    @RolesAllowed("agent")
    public ProvisioningView retry(Long provisioningId, String actor) {
        Provisioning provisioning = find(provisioningId);
        checkMayChange(provisioning, actor, "retry");
        if (provisioning.getStatus() != ProvisioningStatus.FAILED) {
            throw PlanDeskException.notAllowed("id", "Provisioning " + provisioningId + " is "
                    + provisioning.getStatus().name().toLowerCase() + ": only a failed provisioning is retried.");
        }
        List<String> instances = processInstances(provisioning);
        if (instances.isEmpty()) {
            throw PlanDeskException.notAllowed("id", "Provisioning " + provisioningId
                    + " was cancelled: assign the product again instead.");
        }
        var management = engine().getManagementService();
        int reset = 0;
        for (String instance : instances) {
            for (Job job : management.createJobQuery().processInstanceId(instance).noRetriesLeft().list()) {
                management.setJobRetries(job.getId(), 3);
                reset++;
            }
        }
        provisioning.retried();
        log(provisioningId, Level.INFO, null, "Retried by " + actor
                + (reset == 0 ? " (the task was still being tried)" : ""));
        recordActivity(provisioning, actor, "Retried provisioning " + provisioningId);
        writeNow(provisioning);
        wakeJobExecutorAfterCommit();
        return view(provisioningId);
    }

    /** Stops the run: the inactive service is terminated and its held items go back to stock. */
    @RolesAllowed("agent")
    public ProvisioningView cancel(Long provisioningId, String actor) {
        Provisioning provisioning = find(provisioningId);
        checkMayChange(provisioning, actor, "cancel");
        if (provisioning.getStatus() == ProvisioningStatus.SUCCEEDED) {
            throw PlanDeskException.notAllowed("id", "Provisioning " + provisioningId
                    + " succeeded: the service is active and is changed from its own page.");
        }
        List<String> instances = processInstances(provisioning);
        if (!instances.isEmpty()) {
            try {
                engine().getRuntimeService().deleteProcessInstance(provisioning.getProcessInstanceId(),
                        "Cancelled by " + actor, false, true);
            } catch (OptimisticLockingException e) { // the engine's own check: a task ended meanwhile
                throw changedMeanwhile(provisioningId);
            }
        } else if (provisioning.getError() != null && provisioning.getError().startsWith("Cancelled")) {
            throw PlanDeskException.notAllowed("id", "Provisioning " + provisioningId + " is already cancelled.");
        }
        services.terminateInactive(provisioning.getServiceId());
        provisioning.failed("Cancelled by " + actor);
        log(provisioningId, Level.WARN, null, "Cancelled by " + actor + "; held inventory released");
        recordActivity(provisioning, actor, "Cancelled provisioning " + provisioningId);
        writeNow(provisioning);
        return view(provisioningId);
    }

    /**
     * Writes a staff action now: a task that finished since the provisioning was read (each task's end updates
     * it) makes this a clear refusal to look again, not a failed commit after the answer.
     */
    private void writeNow(Provisioning provisioning) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw changedMeanwhile(provisioning.getId());
        }
    }

    private static PlanDeskException changedMeanwhile(Long provisioningId) {
        return PlanDeskException.conflict("id", "Provisioning " + provisioningId + " moved on while you acted "
                + "(a task finished or failed): look at it again, then retry or cancel.");
    }

    private void recordActivity(Provisioning provisioning, String actor, String action) {
        Service service = em.find(Service.class, provisioning.getServiceId());
        customers.record(service.getCustomerId(), actor, action, service.getName());
    }

    private void checkMayChange(Provisioning provisioning, String actor, String action) {
        String requestedBy = em.createQuery("select a.requestedBy from Assignment a where a.id = :id", String.class)
                .setParameter("id", provisioning.getAssignmentId()).getSingleResult();
        if (!requestedBy.equals(actor) && !caller.isCallerInRole("supervisor")) {
            throw PlanDeskException.notAllowed("id", "Provisioning " + provisioning.getId() + " was started by "
                    + requestedBy + ": ask them or a supervisor to " + action + " it.");
        }
    }

    /** Run by {@link ProvisioningTimeouts}: runs without progress for the timeout are FAILED as timed out. */
    public int failTimedOut() {
        int seconds = Settings.provisioningTimeoutSeconds();
        List<Provisioning> stuck = em.createQuery("""
                        select p from Provisioning p where p.status = :running and p.lastProgressAt < :before""",
                        Provisioning.class)
                .setParameter("running", ProvisioningStatus.RUNNING)
                .setParameter("before", LocalDateTime.now().minusSeconds(seconds))
                .setMaxResults(100)
                .getResultList();
        for (Provisioning provisioning : stuck) {
            String message = "Timed out: no progress for " + describe(seconds) + ". Check the systems, then retry.";
            provisioning.failed(message);
            log(provisioning.getId(), Level.ERROR, null, message);
        }
        return stuck.size();
    }

    private static String describe(int seconds) {
        return seconds % 60 == 0 ? seconds / 60 + " minute" + (seconds == 60 ? "" : "s") : seconds + " seconds";
    }

    private List<String> processInstances(Provisioning provisioning) {
        var runtime = engine().getRuntimeService();
        List<String> instances = new ArrayList<>();
        ProcessInstance root = runtime.createProcessInstanceQuery()
                .processInstanceId(provisioning.getProcessInstanceId()).singleResult();
        if (root != null) {
            instances.add(root.getId());
            runtime.createProcessInstanceQuery().superProcessInstanceId(root.getId()).list()
                    .forEach(child -> instances.add(child.getId()));
        }
        return instances;
    }

    /** Retried jobs are picked up at once, not at the job executor's next idle poll. */
    private void wakeJobExecutorAfterCommit() {
        var jobExecutor = ((ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration()).getJobExecutor();
        afterCompletion(status -> {
            if (status == Status.STATUS_COMMITTED) {
                jobExecutor.jobWasAdded();
            }
        });
    }

    private void afterCompletion(IntConsumer action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status);
            }
        });
    }

    // --- what staff read ----------------------------------------------------------------------------

    public Provisioning find(Long provisioningId) {
        Provisioning provisioning = provisioningId == null ? null : em.find(Provisioning.class, provisioningId);
        if (provisioning == null) {
            throw PlanDeskException.notFound("id", "Provisioning " + provisioningId + " does not exist.");
        }
        return provisioning;
    }

    /** Polled every 0.2 s by each open progress view: two reads by primary key, nothing from the engine. */
    public ProvisioningView view(Long provisioningId) {
        Provisioning provisioning = find(provisioningId); // fresh: no shared cache, one context per call
        Service service = em.find(Service.class, provisioning.getServiceId());
        List<ProvisioningTask> stored = provisioning.getTasks();
        List<ProvisioningView.Task> tasks = new ArrayList<>(stored.size());
        boolean runningShown = false;
        int done = 0;
        for (ProvisioningTask task : stored) {
            TaskStatus status = task.status();
            if (status == TaskStatus.DONE) {
                done++;
            } else if (status == TaskStatus.PENDING && !runningShown
                    && provisioning.getStatus() == ProvisioningStatus.RUNNING) {
                status = TaskStatus.RUNNING;
                runningShown = true;
            }
            tasks.add(new ProvisioningView.Task(task.name(), status, task.detail()));
        }
        return new ProvisioningView(provisioning.getId(), provisioning.getStatus(), tasks, done, tasks.size(),
                service.getId(), service.getName(), service.getStatus(), provisioning.getError());
    }

    /**
     * The run's log in time order: the lines written when something happened (attempts failed, retried,
     * cancelled, failed, timed out) and, read from the provisioning's row, the "Started" line, a "Done" line for
     * each finished task and the "Succeeded" line, which would only repeat what the row says. Runs from before the row kept their times have those lines written instead.
     */
    public List<ProvisioningLogView> log(Long provisioningId) {
        Provisioning provisioning = find(provisioningId);
        List<ProvisioningLogView> lines = new ArrayList<>(em.createQuery("""
                        select l from ProvisioningLogEntry l where l.provisioningId = :provisioning order by l.id""",
                        ProvisioningLogEntry.class)
                .setParameter("provisioning", provisioningId)
                .getResultStream()
                .map(l -> new ProvisioningLogView(l.getAt(), l.getLevel().name(), l.getTask(), l.getMessage()))
                .toList());
        if (provisioning.getProcessVersion() != null) {
            lines.add(new ProvisioningLogView(provisioning.getStartedAt(), Level.INFO.name(), null, "Started "
                    + provisioning.getProcessKey() + " (version " + provisioning.getProcessVersion() + ") for service "
                    + provisioning.getServiceId()));
        }
        List<ProvisioningTask> finished = provisioning.getTasks().stream().filter(t -> t.doneAt() != null).toList();
        for (ProvisioningTask task : finished) {
            lines.add(new ProvisioningLogView(task.doneAt(), Level.INFO.name(), task.name(),
                    task.detail() == null ? "Done" : "Done: " + task.detail()));
        }
        if (provisioning.getStatus() == ProvisioningStatus.SUCCEEDED && !finished.isEmpty()) {
            lines.add(new ProvisioningLogView(provisioning.getEndedAt(), Level.INFO.name(), null,
                    "Succeeded: service " + provisioning.getServiceId() + " is active"));
        }
        lines.sort(Comparator.comparing(ProvisioningLogView::at)); // stable: written lines first at the same time
        return lines;
    }

    /**
     * The queue: provisionings of a status (or all), newest first; only bulk runs' work (bulk = true), only
     * interactive work from the counter and the API (false), or both (null).
     */
    public List<ProvisioningSummary> queue(ProvisioningStatus status, Boolean bulk, int max) {
        var query = em.createQuery("select p, s.name from Provisioning p, Service s where s.id = p.serviceId"
                + (status == null ? "" : " and p.status = :status")
                + (bulk == null ? "" : bulk ? " and p.bulkAssignmentId is not null" : " and p.bulkAssignmentId is null")
                + " order by p.id desc", Object[].class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setMaxResults(max).getResultStream().map(row -> {
            Provisioning p = (Provisioning) row[0];
            return new ProvisioningSummary(p.getId(), p.getStatus(), p.getProcessKey(), p.getServiceId(),
                    (String) row[1], p.getStartedAt(), p.getEndedAt(), p.getError(), p.getBulkAssignmentId());
        }).toList();
    }

    private void log(Long provisioningId, Level level, String task, String message) {
        em.persist(new ProvisioningLogEntry(provisioningId, level, task, message));
    }

    private ProcessEngine engine() {
        return bootstrap.engine();
    }
}
