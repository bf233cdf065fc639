package com.plandesk.provisioning;

import com.plandesk.customer.PaymentMethodFixed;
import com.plandesk.engine.EngineCommands;
import com.plandesk.engine.ProcessDefinitions;
import com.plandesk.engine.ProcessEngineBootstrap;
import com.plandesk.kernel.PlanDeskException;
import com.plandesk.kernel.Settings;
import com.plandesk.service.Service;
import com.plandesk.service.ServiceLifecycle;
import com.plandesk.service.ServiceLifecycle.Change;
import com.plandesk.service.ServiceRecords;
import com.plandesk.service.ServiceStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A service's life after Active: its term process (a timer at the term's end, on the engine's job executor), the
 * renewal or expiry it starts, and the staff actions — suspend, resume, terminate. Every one is a run like a
 * provisioning: its own BPMN process, task list, progress view, log, retry and cancel.
 */
@Stateless
@PermitAll
public class LifecycleRuns {

    /** The process that waits for a service's term to end. */
    public static final String TERM_PROCESS = "serviceTerm";
    static final String SYSTEM = "system";

    private static final Logger LOG = Logger.getLogger(LifecycleRuns.class.getName());

    @Inject
    private EntityManager em;

    @Inject
    private ProvisioningStarter starter;

    @Inject
    private ServiceLifecycle lifecycle;

    @Inject
    private ServiceRecords services;

    @Inject
    private ProcessEngineBootstrap bootstrap;

    @Inject
    private ProcessDefinitions processes;

    @Inject
    private ProvisioningActions actions;

    @Inject
    private EngineCommands commands;

    @Inject
    private ProvisioningQueries queries;

    /** Staff suspend, resume or terminate a service: refused in words when its status or a running action forbids it. */
    @RolesAllowed("agent")
    public ProvisioningView change(Long serviceId, Change change, String reason, String actor) {
        return change(serviceId, change, reason, actor, Map.of());
    }

    /** A service moves to the right customer, whom the caller checked (see Assignments#move). */
    @RolesAllowed("agent")
    public ProvisioningView move(Long serviceId, Long toCustomerId, String toCustomer, String actor) {
        return change(serviceId, Change.MOVE, "To " + toCustomer, actor,
                Map.of(ProvisioningVariables.TO_CUSTOMER_ID, toCustomerId));
    }

    private ProvisioningView change(Long serviceId, Change change, String reason, String actor,
                                    Map<String, Object> variables) {
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (why == null && change != Change.RESUME) {
            throw PlanDeskException.invalid("reason", "Give the reason: it goes to the customer's activity.");
        }
        if (why != null && why.length() > 500) {
            throw PlanDeskException.invalid("reason", "The reason has at most 500 characters.");
        }
        Service service = lifecycle.checkChange(serviceId, change);
        Long running = runningOn(serviceId);
        if (running != null) {
            throw PlanDeskException.conflict("serviceId", service.getName() + " has provisioning " + running
                    + " running: wait for it to end, or cancel it, then try again.");
        }
        ProvisioningAction action = ProvisioningAction.valueOf(change.name());
        Provisioning run = starter.startLifecycle(service, action, actor, why, variables);
        commands.wakeJobExecutorAfterCommit();
        return queries.view(run.getId());
    }

    /** A recurring service became active or started a new term: its term process waits for the term's end. */
    public void startTerm(Service service) {
        // By id: a start by key looks the latest version up in the database each time, once per bulk row.
        String termProcess = processes.latest(TERM_PROCESS).orElseThrow(() -> new IllegalStateException(
                "The process '" + TERM_PROCESS + "' is not deployed: the service's term cannot be kept")).getId();
        bootstrap.engine().getRuntimeService().startProcessInstanceById(termProcess,
                String.valueOf(service.getId()), Map.of(ProvisioningVariables.SERVICE_ID, service.getId(),
                        ProvisioningVariables.TERM_END, Timestamp.valueOf(service.getCurrentTermEnd())));
    }

    /** A new term started: the term process waits for its end. */
    public String nextTerm(Long serviceId) {
        LocalDateTime end = lifecycle.startNextTerm(serviceId);
        startTerm(services.find(serviceId));
        return "Next term ends " + end.withNano(0);
    }

    /**
     * The term ended: a service with auto-renew is renewed, one without expires. A service that ended meanwhile,
     * or whose term was moved on, has nothing to do.
     */
    public String termEnded(Long serviceId) {
        Service service = services.find(serviceId);
        if (service.getStatus().ended() || service.getCurrentTermEnd() == null
                || service.getCurrentTermEnd().isAfter(LocalDateTime.now().plusSeconds(1))) {
            return "Nothing to do: " + service.getName() + " is " + service.getStatus().label().toLowerCase();
        }
        ProvisioningAction action = service.isAutoRenew() ? ProvisioningAction.RENEW : ProvisioningAction.EXPIRE;
        Provisioning run = starter.startLifecycle(service, action, SYSTEM, "Term ended "
                + service.getCurrentTermEnd().toLocalDate(), Map.of(ProvisioningVariables.RENEWAL_RETRY_CYCLE,
                Settings.renewalRetryCycle()));
        return action.label() + " started: provisioning " + run.getId();
    }

    /**
     * A renewal used up its tries: the service is suspended (barred, its OCS account disabled) and the renewal
     * stays in the queue as failed; a retry that succeeds resumes it. Never throws: the failure is recorded anyway.
     */
    public void renewalFailed(Provisioning renewal, String error) {
        Service service = services.find(renewal.getServiceId());
        if (service.getStatus() != ServiceStatus.ACTIVE) {
            return;
        }
        try {
            starter.startLifecycle(service, ProvisioningAction.SUSPEND, SYSTEM, "Renewal failed: " + error,
                    Map.of(ProvisioningVariables.FOR_RENEWAL, true));
        } catch (RuntimeException e) {
            LOG.severe(() -> "Could not suspend " + service.getName() + " after its failed renewal: " + e);
        }
    }

    /** A customer who could not pay can again: their failed renewals are retried, in the same transaction. */
    public void paymentMethodFixed(@Observes PaymentMethodFixed fixed) {
        actions.retryFailedRenewals(fixed.customerId(), fixed.actor());
    }

    /** A renewal succeeded: a service suspended for a failed renewal is resumed. */
    public void renewed(Long serviceId) {
        Service service = services.find(serviceId);
        if (service.getStatus() == ServiceStatus.SUSPENDED && service.isSuspendedForRenewal()) {
            starter.startLifecycle(service, ProvisioningAction.RESUME, SYSTEM, "Renewal paid", Map.of());
        }
    }

    private Long runningOn(Long serviceId) {
        return em.createQuery("""
                        select p.id from Provisioning p where p.serviceId = :service and p.status = :running""", Long.class)
                .setParameter("service", serviceId).setParameter("running", ProvisioningStatus.RUNNING)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }
}
