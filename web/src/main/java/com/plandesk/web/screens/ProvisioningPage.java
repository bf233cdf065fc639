package com.plandesk.web.screens;

import com.plandesk.provisioning.ProvisioningLogView;
import com.plandesk.provisioning.ProvisioningActions;
import com.plandesk.provisioning.ProvisioningQueries;
import com.plandesk.provisioning.ProvisioningStatus;
import com.plandesk.provisioning.ProvisioningView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** One provisioning: its task list (live while it runs), its log, Retry and Cancel. */
@Named
@ViewScoped
public class ProvisioningPage implements Serializable {

    @Inject
    ProvisioningQueries provisionings;

    @Inject
    ProvisioningActions actions;

    private Long id;
    private ProvisioningView provisioning;
    private List<ProvisioningLogView> log;

    public void load() {
        provisioning = Screens.attempt(() -> provisionings.view(id));
        if (provisioning != null) {
            log = provisionings.log(id);
        }
    }

    public void retry() {
        if (Screens.attempt(() -> actions.retry(id, Screens.user())) != null) {
            Screens.info("Retried: the run resumes at the failed task.");
        }
        load();
    }

    public void cancel() {
        if (Screens.attempt(() -> actions.cancel(id, Screens.user())) != null) {
            Screens.info("Cancelled: the inactive service is terminated and its inventory released.");
        }
        load();
    }

    public boolean isRunning() {
        return provisioning != null && provisioning.status() == ProvisioningStatus.RUNNING;
    }

    public boolean isFailed() {
        return provisioning != null && provisioning.status() == ProvisioningStatus.FAILED;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProvisioningView getProvisioning() {
        return provisioning;
    }

    public List<ProvisioningLogView> getLog() {
        return log;
    }
}
