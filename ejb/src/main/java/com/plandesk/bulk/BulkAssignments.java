package com.plandesk.bulk;

import com.plandesk.inventory.Inventory;
import com.plandesk.kernel.PlanDeskException;
import com.plandesk.kernel.Settings;
import com.plandesk.persistence.DatabaseClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bulk runs: checks an uploaded file as a whole and records the run, and keeps the run in step with its job.
 * The rows are assigned by {@link BulkRows}; what the screen and the API show comes from {@link BulkViews}.
 */
@Stateless
public class BulkAssignments {

    @Inject
    private EntityManager em;

    @Inject
    private Inventory inventory;

    @Inject
    private DatabaseClock clock;


    /**
     * Checks the whole file and records the run; the caller then starts its job. A file that cannot be read
     * (size, encoding, header, quotes) is refused here and nothing is recorded.
     */
    @RolesAllowed("supervisor")
    public BulkAssignment create(String fileName, byte[] bytes, Map<String, String> defaults, boolean dryRun,
                                 String actor) {
        long limit = Settings.bulkMaxFileMegabytes() * 1024L * 1024L;
        if (bytes == null || bytes.length == 0) {
            throw PlanDeskException.invalid("file", "The file is empty: it needs a header row (customer,product,…) "
                    + "and one row per assignment.");
        }
        if (bytes.length > limit) {
            throw PlanDeskException.invalid("file", String.format(Locale.ROOT, "The file is %.1f MB; the limit is %d MB:"
                    + " split it into smaller files.", bytes.length / 1048576.0, Settings.bulkMaxFileMegabytes()));
        }
        Map<String, String> settings = checkDefaults(defaults);
        String text = BulkCsv.decode(bytes);
        int rows = BulkCsv.check(text, inventory.templateNames(), settings);
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.trim();
        BulkAssignment run = new BulkAssignment(name.length() > 255 ? name.substring(0, 255) : name, dryRun,
                settings, rows, actor);
        em.persist(run);
        em.flush();
        em.persist(new BulkAssignmentFile(run.getId(), text));
        return run;
    }

    private Map<String, String> checkDefaults(Map<String, String> defaults) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (defaults != null) {
            defaults.forEach((column, value) -> {
                String name = column == null ? "" : column.trim().toLowerCase(Locale.ROOT);
                if (value == null || value.isBlank()) {
                    return;
                }
                if (!BulkCsv.DEFAULTABLE.contains(name) && !(name.startsWith(BulkCsv.FIELD)
                        && name.length() > BulkCsv.FIELD.length())) {
                    throw PlanDeskException.invalid(column, "'" + column + "' cannot be a template setting: the "
                            + "settings are " + String.join(", ", BulkCsv.DEFAULTABLE) + " and field:<name>.");
                }
                if (name.equals(BulkCsv.AUTO_RENEW)) {
                    BulkRowRules.autoRenew(value.trim());
                }
                settings.put(name, value.trim());
            });
        }
        return settings;
    }

    // --- for the job ------------------------------------------------------------------------------------

    public BulkAssignment find(Long id) {
        BulkAssignment run = id == null ? null : em.find(BulkAssignment.class, id);
        if (run == null) {
            throw PlanDeskException.notFound("id", "Bulk assignment " + id + " does not exist.");
        }
        return run;
    }

    /** What the job needs to know of the run. */
    public BulkRun run(Long id) {
        return BulkRun.of(find(id));
    }

    public String file(Long id) {
        return em.find(BulkAssignmentFile.class, id).getContent();
    }

    /** The run's job started (or restarted) on this node, which holds it for the lease time. */
    public void jobStarted(Long id, long jobExecutionId) {
        find(id).started(jobExecutionId, Settings.nodeName(), clock.now().plusSeconds(Settings.bulkLeaseSeconds()));
    }

    public void jobEnded(Long id, BulkAssignmentStatus status, String error) {
        find(id).ended(status, error);
    }

    /** This node, alive, holds its running runs' jobs for another lease time. */
    public int renewLeases() {
        return em.createQuery("update BulkAssignment b set b.leaseUntil = :until"
                        + " where b.ownerNode = :me and b.status = :running")
                .setParameter("until", clock.now().plusSeconds(Settings.bulkLeaseSeconds()))
                .setParameter("me", Settings.nodeName())
                .setParameter("running", BulkAssignmentStatus.RUNNING)
                .executeUpdate();
    }

    /**
     * Runs whose job a crash cut off (still RUNNING) or a shutdown stopped (STOPPED) and whose node no longer
     * holds them: the lease ran out, or it is this node's own from before this start.
     */
    public List<BulkAssignment> interrupted(LocalDateTime startedAt, boolean ownToo) {
        TypedQuery<BulkAssignment> query = em.createQuery("select b from BulkAssignment b"
                        + " where b.status in :cut and b.jobExecutionId is not null"
                        + " and (b.leaseUntil is null or b.leaseUntil < :now"
                        + (ownToo ? " or (b.ownerNode = :me and b.requestedAt < :startedAt)" : "") + ") order by b.id",
                        BulkAssignment.class)
                .setParameter("cut", List.of(BulkAssignmentStatus.RUNNING, BulkAssignmentStatus.STOPPED))
                .setParameter("now", clock.now());
        if (ownToo) {
            query.setParameter("me", Settings.nodeName()).setParameter("startedAt", startedAt);
        }
        return query.getResultList();
    }

    /**
     * Makes an interrupted run this node's, unless another node took it first (or its node came back and
     * renewed it): of two nodes that both found it, exactly one gets true.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean takeOver(BulkAssignment run) {
        String previousOwner = run.getOwnerNode() == null ? "" : run.getOwnerNode();
        LocalDateTime now = clock.now();
        return em.createQuery("update BulkAssignment b set b.ownerNode = :me, b.leaseUntil = :until"
                        + " where b.id = :id and b.status in :cut and b.jobExecutionId = :execution"
                        + " and coalesce(b.ownerNode, '') = :owner"
                        + " and (b.leaseUntil is null or b.leaseUntil < :now or b.ownerNode = :me)")
                .setParameter("me", Settings.nodeName())
                .setParameter("until", now.plusSeconds(Settings.bulkLeaseSeconds()))
                .setParameter("id", run.getId())
                .setParameter("cut", List.of(BulkAssignmentStatus.RUNNING, BulkAssignmentStatus.STOPPED))
                .setParameter("execution", run.getJobExecutionId())
                .setParameter("owner", previousOwner)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

}
