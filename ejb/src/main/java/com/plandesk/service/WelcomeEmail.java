package com.plandesk.service;

import com.plandesk.connector.mail.MailConnector;
import com.plandesk.customer.Contact;
import com.plandesk.customer.Customer;
import com.plandesk.inventory.Inventory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.stream.Collectors;

/** The e-mails a provisioning sends: the customer's welcome, and a business order's note to billing. */
@Stateless
@PermitAll
public class WelcomeEmail {

    @Inject
    private EntityManager em;

    @Inject
    private ServiceRecords services;

    @Inject
    private Inventory inventory;

    @Inject
    private MailConnector mail;

    /** Sent once: a retried task finds it sent and says so. @return the task detail */
    public String send(Long serviceId) {
        Service service = services.find(serviceId);
        Customer customer = em.find(Customer.class, service.getCustomerId());
        if (service.getWelcomeSentAt() != null) {
            return "Already sent to " + customer.getEmail() + " at " + service.getWelcomeSentAt();
        }
        if (customer.getEmail() == null || customer.getEmail().isBlank()) {
            return "No e-mail address on file for " + customer.label();
        }
        String detail = mail.send(customer.getEmail(), "Welcome to " + service.getName(),
                "Dear " + customer.getName() + ",\n\n"
                        + "Welcome! Your service " + service.getName() + " is ready.\n\n"
                        + details(service)
                        + "Thank you for choosing us.\n", "welcome-" + service.getId());
        service.welcomeSent();
        return detail;
    }

    /** A moved service's new holder is welcomed (the first holder's welcome was someone else's). */
    public String sendToNewHolder(Long serviceId) {
        Service service = services.find(serviceId);
        Customer customer = em.find(Customer.class, service.getCustomerId());
        if (customer.getEmail() == null || customer.getEmail().isBlank()) {
            return "No e-mail address on file for " + customer.label();
        }
        String detail = mail.send(customer.getEmail(), "Welcome to " + service.getName(),
                "Dear " + customer.getName() + ",\n\n"
                        + "Your service " + service.getName() + " is now in your name.\n\n"
                        + details(service)
                        + "Thank you for choosing us.\n", "welcome-" + service.getId() + "-holder-" + customer.getId());
        service.welcomeSent();
        return detail;
    }

    /** A business order's billing contact hears of the new service and its PO number. */
    public String notifyBillingContact(Long serviceId) {
        Service service = services.find(serviceId);
        Customer customer = em.find(Customer.class, service.getCustomerId());
        Contact billing = service.getOrder().getBillingContactId() == null ? null : em.find(Contact.class, service.getOrder().getBillingContactId());
        if (billing == null || billing.getEmail() == null) {
            return "No billing contact with an e-mail address for " + customer.label();
        }
        return mail.send(billing.getEmail(), "New service for " + customer.getName() + ": " + service.getName(),
                "Dear " + billing.getName() + ",\n\n"
                        + "A new service was ordered for " + customer.getName() + ".\n\n"
                        + details(service)
                        + (service.getOrder().getPoNumber() == null ? "" : "PO number: " + service.getOrder().getPoNumber() + "\n")
                        + "\nIt will appear on the next invoice.\n");
    }

    private String details(Service service) {
        String items = inventory.itemsOfService(service.getId()).stream()
                .map(i -> "  " + i.template() + ": " + i.description())
                .collect(Collectors.joining("\n"));
        return "Service ID: " + service.getId() + "\n"
                + (items.isEmpty() ? "" : items + "\n")
                + (service.getInstallationDate() == null ? "" : "Installation: " + service.getInstallationDate()
                + (service.getInstallationTicket() == null ? "" : " (ticket " + service.getInstallationTicket() + ")") + "\n")
                + "Auto-renew: " + (service.isAutoRenew() ? "yes" : "no") + "\n\n";
    }
}
