package com.plandesk.provisioning;

import com.plandesk.kernel.PlanDeskException;
import com.plandesk.provisioning.ProvisioningLogEntry.Level;
import com.plandesk.service.Service;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What staff read about provisionings: one run's progress and log, and the queue. */
@Stateless
@PermitAll
public class ProvisioningQueries {

    @Inject
    private EntityManager em;

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
                service.getId(), service.getName(), service.getStatus(), provisioning.getError(),
                provisioning.getAction(), provisioning.getAction().label(), provisioning.getReason());
    }

    /**
     * The run's log in time order: the lines written when something happened (attempts failed, retried,
     * cancelled, failed, timed out) and, read from the provisioning's row, the "Started" line, a "Done" line for
     * each finished task and the "Succeeded" line, which would only repeat what the row says. Runs from before the
     * row kept their times have those lines written instead.
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
                    + provisioning.getServiceId() + (provisioning.getRequestedBy() == null ? ""
                    : " by " + provisioning.getRequestedBy())
                    + (provisioning.getReason() == null ? "" : ": " + provisioning.getReason())));
        }
        List<ProvisioningTask> finished = provisioning.getTasks().stream().filter(t -> t.doneAt() != null).toList();
        for (ProvisioningTask task : finished) {
            lines.add(new ProvisioningLogView(task.doneAt(), Level.INFO.name(), task.name(),
                    task.detail() == null ? "Done" : "Done: " + task.detail()));
        }
        if (provisioning.getStatus() == ProvisioningStatus.SUCCEEDED && !finished.isEmpty()) {
            Service service = em.find(Service.class, provisioning.getServiceId());
            lines.add(new ProvisioningLogView(provisioning.getEndedAt(), Level.INFO.name(), null,
                    "Succeeded: service " + provisioning.getServiceId() + " is "
                            + service.getStatus().name().toLowerCase()));
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
                    (String) row[1], p.getStartedAt(), p.getEndedAt(), p.getError(), p.getBulkAssignmentId(),
                    p.getAction(), p.getAction().label());
        }).toList();
    }

}
