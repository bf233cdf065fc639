package com.plandesk.web.screens;

import com.plandesk.kernel.Money;
import com.plandesk.customer.ActivityView;
import com.plandesk.service.ChargeView;
import com.plandesk.service.Charges;
import com.plandesk.customer.CustomerDirectory;
import com.plandesk.customer.CustomerView;
import com.plandesk.inventory.Inventory;
import com.plandesk.inventory.ItemView;
import com.plandesk.service.ServiceRecords;
import com.plandesk.service.ServiceView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A customer's page: overview, services, sites and contacts, inventory, charges, activity. */
@Named
@ViewScoped
public class CustomerPage implements Serializable {

    @Inject
    CustomerDirectory customers;

    @Inject
    ServiceRecords services;

    @Inject
    Inventory inventory;

    private Long id;
    private CustomerView customer;
    private List<ServiceView> customerServices;
    private List<ItemView> items;
    private List<ActivityView> activity;
    private List<ChargeView> charges;

    @Inject
    Charges chargeRecords;

    public void load() {
        customer = Screens.attempt(() -> customers.view(id));
        if (customer != null) {
            customerServices = services.ofCustomer(id, null);
            items = inventory.itemsOfCustomer(id);
            activity = customers.activity(id);
            charges = chargeRecords.ofCustomer(id);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public List<ServiceView> getServices() {
        return customerServices;
    }

    public List<ItemView> getItems() {
        return items;
    }

    public List<ChargeView> getCharges() {
        return charges;
    }

    public List<ActivityView> getActivity() {
        return activity;
    }

    /** "£49.00": amounts as the catalog writes them. */
    public String money(ChargeView charge) {
        return Money.format(charge.amount(), charge.currency());
    }
}
