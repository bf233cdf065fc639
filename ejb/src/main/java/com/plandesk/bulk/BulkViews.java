package com.plandesk.bulk;

import com.plandesk.provisioning.ProvisioningStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the screen and the API show of bulk runs: a run's counts and per-row results, the runs, the rejects file. */
@Stateless
@RolesAllowed("supervisor")
public class BulkViews {

    @Inject
    private EntityManager em;

    @Inject
    private BulkAssignments bulkAssignments;

    @Inject
    private BulkThrottle throttle;

    public BulkAssignmentView view(Long id, BulkRowStatus rowStatus, int firstRow, int maxRows) {
        BulkAssignment run = bulkAssignments.find(id);
        Map<BulkRowStatus, Integer> rows = countByStatus(BulkRowStatus.class, "BulkRowResult", id);
        Map<ProvisioningStatus, Integer> provisionings = countByStatus(ProvisioningStatus.class, "Provisioning", id);
        var query = em.createQuery("select r, p.status from BulkRowResult r left join Provisioning p "
                        + "on p.id = r.provisioningId where r.bulkAssignmentId = :id"
                        + (rowStatus == null ? "" : " and r.status = :status") + " order by r.line", Object[].class)
                .setParameter("id", id);
        if (rowStatus != null) {
            query.setParameter("status", rowStatus);
        }
        List<BulkRowView> results = query.setFirstResult(Math.max(0, firstRow)).setMaxResults(Math.max(1, maxRows))
                .getResultStream()
                .map(r -> BulkRowView.of((BulkRowResult) r[0], (ProvisioningStatus) r[1]))
                .toList();
        return BulkAssignmentView.of(run, rows, provisionings, throttle.isWaiting(id), results);
    }

    /** How many of the run's rows (or provisionings) have each status. */
    private <S extends Enum<S>> Map<S, Integer> countByStatus(Class<S> status, String entity, Long id) {
        Map<S, Integer> counts = new EnumMap<>(status);
        em.createQuery("select e.status, count(e) from " + entity + " e where e.bulkAssignmentId = :id"
                        + " group by e.status", Object[].class)
                .setParameter("id", id)
                .getResultStream().forEach(r -> counts.put(status.cast(r[0]), ((Long) r[1]).intValue()));
        return counts;
    }

    /** The runs, newest first. */
    public List<BulkAssignment> recent(int max) {
        return em.createQuery("select b from BulkAssignment b order by b.id desc", BulkAssignment.class)
                .setMaxResults(max).getResultList();
    }

    /** The rejected rows as CSV: the file's header plus a reason column, ready to fix and upload again. */
    public String rejects(Long id) {
        bulkAssignments.find(id);
        List<String> header = new ArrayList<>();
        BulkCsv.read(bulkAssignments.file(id), Integer.MAX_VALUE, header::addAll, row -> { });
        List<Map.Entry<String, String>> rejected = em.createQuery("""
                        select r from BulkRowResult r where r.bulkAssignmentId = :id and r.status = :rejected
                        order by r.line""", BulkRowResult.class)
                .setParameter("id", id)
                .setParameter("rejected", BulkRowStatus.REJECTED)
                .getResultStream()
                .map(r -> Map.entry(r.getSource(), "Line " + r.getLine() + ": " + r.getMessage()))
                .toList();
        return BulkCsv.rejects(header, rejected);
    }
}
