package com.plandesk.web.screens;

import com.plandesk.service.ServiceCheck;
import com.plandesk.service.ServiceRecords;
import com.plandesk.service.OcsAccounts;
import com.plandesk.service.ServiceView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

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

    private Long id;
    private ServiceView service;
    private String balances;
    private ServiceCheck.Report check;

    public void load() {
        service = Screens.attempt(() -> services.view(id));
        if (service != null) {
            balances = ocsAccounts.balances(id);
        }
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
