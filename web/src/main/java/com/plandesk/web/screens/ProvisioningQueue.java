package com.plandesk.web.screens;

import com.plandesk.provisioning.ProvisioningActions;
import com.plandesk.provisioning.ProvisioningQueries;
import com.plandesk.provisioning.ProvisioningStatus;
import com.plandesk.provisioning.ProvisioningSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The supervisors' queue: running, failed and timed-out provisionings, with Retry; counter and bulk work apart. */
@Named
@ViewScoped
public class ProvisioningQueue implements Serializable {

    static final int SHOWN = 200;

    @Inject
    ProvisioningQueries provisionings;

    @Inject
    ProvisioningActions actions;

    /** All work when the queue opens; staff narrow it to one status. */
    private ProvisioningStatus status;
    /** "counter" (staff and API), "bulk" (bulk runs) or null for both: bulk work is watched apart. */
    private String work;
    private transient List<ProvisioningSummary> rows;

    public List<ProvisioningSummary> getRows() {
        if (rows == null) {
            rows = provisionings.queue(status, work == null ? null : work.equals("bulk"), SHOWN);
        }
        return rows;
    }

    public void filter() {
        rows = null;
    }

    public void retry(ProvisioningSummary row) {
        if (Screens.attempt(() -> actions.retry(row.id(), Screens.user())) != null) {
            Screens.info("Provisioning " + row.id() + " retried.");
        }
        rows = null;
    }

    public ProvisioningStatus[] getStatuses() {
        return ProvisioningStatus.values();
    }

    /** "" for both, so that the "All work" button shows as chosen. */
    public String getWork() {
        return work == null ? "" : work;
    }

    public void setWork(String work) {
        this.work = work == null || work.isEmpty() ? null : work;
    }

    public ProvisioningStatus getStatus() {
        return status;
    }

    public void setStatus(ProvisioningStatus status) {
        this.status = status;
    }
}
