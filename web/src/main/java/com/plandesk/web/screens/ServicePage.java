package com.plandesk.web.screens;

import com.plandesk.assignment.Assignments;
import com.plandesk.provisioning.LifecycleRuns;
import com.plandesk.provisioning.ProvisioningView;
import com.plandesk.service.ServiceCheck;
import com.plandesk.service.ServiceLifecycle.Change;
import com.plandesk.service.ServiceRecords;
import com.plandesk.service.OcsAccounts;
import com.plandesk.service.ServiceView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.Collectors;

/** A service: status, inventory, add-ons, OCS balances, and [Check service]. */
@Named
@ViewScoped
public class ServicePage implements Serializable {

    @Inject
    ServiceRecords services;

    @Inject
    OcsAccounts ocsAccounts;

    @Inject
    ServiceCheck serviceCheck;

    @Inject
    LifecycleRuns lifecycleRuns;

    private Long id;
    private ServiceView service;
    private String balances;
    private ServiceCheck.Report check;
    private String reason;
    private Long moveTo;

    @Inject
    Assignments assignments;

    public void load() {
        service = Screens.attempt(() -> services.view(id));
        if (service != null) {
            balances = ocsAccounts.balances(id);
        }
    }

    /** Auto-renew the other way round; the customer's activity records it. */
    public void switchAutoRenew() {
        ServiceView switched = Screens.attempt(() -> services.switchAutoRenew(id, !service.autoRenew(),
                Screens.user()));
        if (switched != null) {
            service = switched;
            Screens.info("Auto-renew is " + (switched.autoRenew() ? "on: the service renews at the end of each term."
                    : "off: the service ends with its current term."));
        }
    }

    /** "Account number: ACC-1 · Cost centre: CC-9", or a dash. */
    public String getCustomFields() {
        return service.customFields().isEmpty() ? "—" : service.customFields().entrySet().stream()
                .map(field -> field.getKey() + ": " + field.getValue()).collect(Collectors.joining(" · "));
    }

    /** "2026-12-07 11:02 → 2027-01-07 11:02" */
    public String getCurrentTerm() {
        return ScreenTime.time(service.currentTermStart()) + " → " + ScreenTime.time(service.currentTermEnd());
    }

    /** "14 Mar 2031 (INST-…)": the day and the ticket of an internet service's installation. */
    public String getInstallation() {
        return ScreenTime.date(service.installationDate()) + " (" + service.installationTicket() + ")";
    }

    public String suspend() {
        return change(Change.SUSPEND);
    }

    public String resume() {
        return change(Change.RESUME);
    }

    public String terminate() {
        return change(Change.TERMINATE);
    }

    /** Starts the change and opens its progress view, as a provisioning's. */
    private String change(Change change) {
        ProvisioningView run = Screens.attempt(() -> lifecycleRuns.change(id, change, reason, Screens.user()));
        return run == null ? null : "/provisioning?faces-redirect=true&id=" + run.id();
    }

    /** The service goes to the right customer (by ID), checked as at assignment. */
    public String move() {
        if (moveTo == null) {
            Screens.error("Give the ID of the customer the service moves to.");
            return null;
        }
        ProvisioningView run = Screens.attempt(() -> assignments.move(id, moveTo, Screens.user()));
        return run == null ? null : "/provisioning?faces-redirect=true&id=" + run.id();
    }

    public Long getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(Long moveTo) {
        this.moveTo = moveTo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public void check() {
        check = Screens.attempt(() -> serviceCheck.check(id));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ServiceView getService() {
        return service;
    }

    public String getBalances() {
        return balances;
    }

    public ServiceCheck.Report getCheck() {
        return check;
    }
}
