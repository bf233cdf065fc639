package com.plandesk.bulk;

import java.util.Map;

/** What the job needs to know of its run, read once when a step opens. */
public record BulkRun(Long id, boolean dryRun, String requestedBy, Map<String, String> defaults) {

    static BulkRun of(BulkAssignment run) {
        return new BulkRun(run.getId(), run.isDryRun(), run.getRequestedBy(), run.defaultsMap());
    }
}
