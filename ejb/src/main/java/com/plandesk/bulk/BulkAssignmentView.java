package com.plandesk.bulk;

import com.plandesk.provisioning.ProvisioningStatus;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A bulk run's progress: rows read out of the total; started, valid (dry run), rejected and duplicate rows;
 * of the started ones, how many are provisioned, still running and failed; whether the run is waiting for room
 * under the bulk throttle (its counts then stand still); and a page of row results.
 */
public record BulkAssignmentView(Long id, String fileName, boolean dryRun, BulkAssignmentStatus status,
                                 int totalRows, int read, int started, int valid, int rejected, int duplicate,
                                 int provisioned, int provisioning, int failed, boolean finished,
                                 boolean waitingForRoom,
                                 Map<String, String> defaults, String requestedBy, LocalDateTime requestedAt,
                                 LocalDateTime endedAt, String error, List<BulkRowView> rows) {

    static BulkAssignmentView of(BulkAssignment run, Map<BulkRowStatus, Integer> rows,
                                 Map<ProvisioningStatus, Integer> provisionings, boolean waitingForRoom,
                                 List<BulkRowView> results) {
        int read = rows.values().stream().mapToInt(Integer::intValue).sum();
        int running = provisionings.getOrDefault(ProvisioningStatus.RUNNING, 0);
        boolean jobOver = run.getStatus() == BulkAssignmentStatus.COMPLETED
                || run.getStatus() == BulkAssignmentStatus.FAILED || run.getStatus() == BulkAssignmentStatus.STOPPED;
        return new BulkAssignmentView(run.getId(), run.getFileName(), run.isDryRun(), run.getStatus(),
                run.getTotalRows(), read,
                rows.getOrDefault(BulkRowStatus.STARTED, 0), rows.getOrDefault(BulkRowStatus.VALID, 0),
                rows.getOrDefault(BulkRowStatus.REJECTED, 0), rows.getOrDefault(BulkRowStatus.DUPLICATE, 0),
                provisionings.getOrDefault(ProvisioningStatus.SUCCEEDED, 0), running,
                provisionings.getOrDefault(ProvisioningStatus.FAILED, 0),
                jobOver && running == 0, waitingForRoom && !jobOver, run.defaultsMap(), run.getRequestedBy(),
                run.getRequestedAt(), run.getEndedAt(), run.getError(), results);
    }

    /** Percent of the work done: rows read, then provisionings ended. */
    public int percent() {
        if (totalRows == 0) {
            return 100;
        }
        double rowsPart = (double) read / totalRows;
        if (dryRun) {
            return (int) Math.floor(100 * rowsPart);
        }
        double provisioned = started == 0 ? rowsPart : (double) (this.provisioned + failed) / started * rowsPart;
        return (int) Math.floor(50 * rowsPart + 50 * provisioned);
    }
}
