package com.plandesk.service;

import com.plandesk.connector.mail.MailConnector;
import com.plandesk.customer.Customer;
import com.plandesk.inventory.Inventory;
import com.plandesk.inventory.ItemView;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.stream.Collectors;

/** The e-mail that tells a customer their new service is ready. */
@Stateless
@PermitAll
public class WelcomeEmail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ServiceRecords services;

    @Inject
    private Inventory inventory;

    @Inject
    private MailConnector mail;

    /** @return the task detail: where the e-mail went */
    public String send(Long serviceId) {
        Service service = services.find(serviceId);
        Customer customer = em.find(Customer.class, service.getCustomerId());
        if (customer.getEmail() == null || customer.getEmail().isBlank()) {
            return "No e-mail address on file for " + customer.label();
        }
        String items = inventory.itemsOfService(serviceId).stream()
                .map(i -> "  " + i.template() + ": " + i.description())
                .collect(Collectors.joining("\n"));
        String body = "Dear " + customer.getName() + ",\n\n"
                + "Welcome! Your service " + service.getName() + " is ready.\n\n"
                + "Service ID: " + service.getId() + "\n"
                + (items.isEmpty() ? "" : items + "\n")
                + "Auto-renew: " + (service.isAutoRenew() ? "yes" : "no") + "\n\n"
                + "Thank you for choosing us.\n";
        return mail.send(customer.getEmail(), "Welcome to " + service.getName(), body);
    }
}
