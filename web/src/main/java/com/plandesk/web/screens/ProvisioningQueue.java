package com.plandesk.web.screens;

import com.plandesk.provisioning.ProvisioningService;
import com.plandesk.provisioning.ProvisioningStatus;
import com.plandesk.provisioning.ProvisioningSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The supervisors' queue: running, failed and timed-out provisionings, with Retry. */
@Named
@ViewScoped
public class ProvisioningQueue implements Serializable {

    static final int SHOWN = 200;

    @Inject
    ProvisioningService provisionings;

    private ProvisioningStatus status = ProvisioningStatus.FAILED;
    private transient List<ProvisioningSummary> rows;

    public List<ProvisioningSummary> getRows() {
        if (rows == null) {
            rows = provisionings.queue(status, SHOWN);
        }
        return rows;
    }

    public void filter() {
        rows = null;
    }

    public void retry(ProvisioningSummary row) {
        if (Screens.attempt(() -> provisionings.retry(row.id(), Screens.user())) != null) {
            Screens.info("Provisioning " + row.id() + " retried.");
        }
        rows = null;
    }

    public ProvisioningStatus[] getStatuses() {
        return ProvisioningStatus.values();
    }

    public ProvisioningStatus getStatus() {
        return status;
    }

    public void setStatus(ProvisioningStatus status) {
        this.status = status;
    }
}
