package com.plandesk.provisioning;

import com.plandesk.customer.CustomerDirectory;
import com.plandesk.engine.EngineCommands;
import com.plandesk.engine.ProcessEngineBootstrap;
import com.plandesk.kernel.PlanDeskException;
import com.plandesk.provisioning.ProvisioningLogEntry.Level;
import com.plandesk.service.Service;
import com.plandesk.service.ServiceRecords;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** What staff do to a provisioning: retry it at the failed task, or cancel it. */
@Stateless
@PermitAll
public class ProvisioningActions {

    @Inject
    private Event<ProvisioningEnded> endings;

    @Inject
    private EntityManager em;

    @Inject
    private ProcessEngineBootstrap bootstrap;

    @Inject
    private EngineCommands commands;

    @Inject
    private ProvisioningQueries queries;

    @Inject
    private ServiceRecords services;

    @Inject
    private CustomerDirectory customers;

    @Resource
    private SessionContext caller;

    /** Resumes at the failed task; finished tasks are not repeated. Agents retry their own runs, supervisors any. */
    @RolesAllowed("agent")
    public ProvisioningView retry(Long provisioningId, String actor) {
        Provisioning provisioning = queries.find(provisioningId);
        checkMayChange(provisioning, actor, "retry");
        if (provisioning.getStatus() == ProvisioningStatus.CANCELLED) {
            throw notRetried(provisioningId);
        }
        if (provisioning.getStatus() != ProvisioningStatus.FAILED) {
            throw PlanDeskException.notAllowed("id", "Provisioning " + provisioningId + " is "
                    + provisioning.getStatus().name().toLowerCase() + ": only a failed provisioning is retried.");
        }
        if (!resume(provisioning, actor, "")) { // its process is gone: there is nothing left to resume
            throw notRetried(provisioningId);
        }
        return queries.view(provisioningId);
    }

    private static PlanDeskException notRetried(Long provisioningId) {
        return PlanDeskException.notAllowed("id", "Provisioning " + provisioningId
                + " was cancelled: assign the product again instead.");
    }

    /** Stops the run: the inactive service is terminated and its held items go back to stock. */
    @RolesAllowed("agent")
    public ProvisioningView cancel(Long provisioningId, String actor) {
        Provisioning provisioning = queries.find(provisioningId);
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
        } else if (provisioning.getStatus() == ProvisioningStatus.CANCELLED) {
            throw PlanDeskException.notAllowed("id", "Provisioning " + provisioningId + " is already cancelled.");
        }
        boolean assignment = provisioning.getAction() == ProvisioningAction.ASSIGN;
        if (assignment) {
            services.terminateInactive(provisioning.getServiceId());
        }
        provisioning.cancelled(actor);
        log(provisioningId, Level.WARN, null, "Cancelled by " + actor
                + (assignment ? "; held inventory released" : "; what its finished tasks did stays done"));
        recordActivity(provisioning, actor, "Cancelled provisioning " + provisioningId);
        writeNow(provisioning);
        endings.fire(new ProvisioningEnded(provisioningId, provisioning.getBulkAssignmentId()));
        return queries.view(provisioningId);
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

    /**
     * A customer can pay again: each of their failed renewals whose process still waits is retried at once, as
     * staff pressing Retry would (one that pays resumes its service).
     */
    public void retryFailedRenewals(Long customerId, String actor) {
        em.createQuery("""
                        select p from Provisioning p, Service s where p.serviceId = s.id and s.customerId = :customer
                        and p.action = :renew and p.status = :failed order by p.id""", Provisioning.class)
                .setParameter("customer", customerId).setParameter("renew", ProvisioningAction.RENEW)
                .setParameter("failed", ProvisioningStatus.FAILED).getResultList()
                .forEach(renewal -> resume(renewal, actor, ": the payment method was fixed"));
    }

    /** Gives the failed run's tasks their tries again; false when its process is gone. */
    private boolean resume(Provisioning provisioning, String actor, String why) {
        List<String> instances = processInstances(provisioning);
        if (instances.isEmpty()) {
            return false;
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
        log(provisioning.getId(), Level.INFO, null, "Retried by " + actor + why
                + (reset == 0 ? " (the task was still being tried)" : ""));
        recordActivity(provisioning, actor, "Retried provisioning " + provisioning.getId());
        writeNow(provisioning);
        commands.wakeJobExecutorAfterCommit();
        return true;
    }

    private void recordActivity(Provisioning provisioning, String actor, String action) {
        Service service = em.find(Service.class, provisioning.getServiceId());
        customers.record(service.getCustomerId(), actor, action, service.getName());
    }

    /** Agents change their own runs and those the system started (renewals, expiries); supervisors any. */
    private void checkMayChange(Provisioning provisioning, String actor, String action) {
        String requestedBy = provisioning.getAssignmentId() == null ? provisioning.getRequestedBy()
                : em.createQuery("select a.requestedBy from Assignment a where a.id = :id", String.class)
                .setParameter("id", provisioning.getAssignmentId()).getSingleResult();
        if (!requestedBy.equals(actor) && !LifecycleRuns.SYSTEM.equals(requestedBy)
                && !caller.isCallerInRole("supervisor")) {
            throw PlanDeskException.notAllowed("id", "Provisioning " + provisioning.getId() + " was started by "
                    + requestedBy + ": ask them or a supervisor to " + action + " it.");
        }
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

    private void log(Long provisioningId, Level level, String task, String message) {
        em.persist(new ProvisioningLogEntry(provisioningId, level, task, message));
    }

    private ProcessEngine engine() {
        return bootstrap.engine();
    }
}
