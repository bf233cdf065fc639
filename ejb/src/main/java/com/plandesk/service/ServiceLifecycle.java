package com.plandesk.service;

import com.plandesk.catalog.Product;
import com.plandesk.connector.mail.MailConnector;
import com.plandesk.customer.Customer;
import com.plandesk.customer.CustomerDirectory;
import com.plandesk.inventory.ItemHolds;
import com.plandesk.kernel.PlanDeskException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A service's life after Active, as its lifecycle processes' tasks record it: the next term, suspension and
 * resumption, the end (terminated or expired) with its items returned, and the customer told. Each step is
 * idempotent: a retried task changes nothing twice.
 */
@Stateless
@PermitAll
public class ServiceLifecycle {

    /** What staff may start on a service, and from which status. */
    public enum Change {
        SUSPEND("suspended", ServiceStatus.ACTIVE),
        RESUME("resumed", ServiceStatus.SUSPENDED),
        TERMINATE("terminated", ServiceStatus.ACTIVE, ServiceStatus.SUSPENDED),
        MOVE("moved to another customer", ServiceStatus.ACTIVE, ServiceStatus.SUSPENDED);

        private final String done;
        private final Set<ServiceStatus> from;

        Change(String done, ServiceStatus... from) {
            this.done = done;
            this.from = EnumSet.copyOf(List.of(from));
        }
    }

    @Inject
    private EntityManager em;

    @Inject
    private ServiceRecords records;

    @Inject
    private ItemHolds itemHolds;

    @Inject
    private CustomerDirectory customers;

    @Inject
    private MailConnector mail;

    /** Refuses, in words, a change the service's status does not allow: nothing is started then. */
    public Service checkChange(Long serviceId, Change change) {
        Service service = records.find(serviceId);
        if (!change.from.contains(service.getStatus())) {
            throw PlanDeskException.conflict("serviceId", service.getName() + " is "
                    + service.getStatus().label().toLowerCase() + ": only a service that is "
                    + change.from.stream().map(s -> s.label().toLowerCase()).reduce((a, b) -> a + " or " + b)
                    .orElseThrow() + " can be " + change.done + ".");
        }
        return service;
    }

    /** The next term, from where the current one ended; @return when it ends. */
    public LocalDateTime startNextTerm(Long serviceId) {
        Service service = records.find(serviceId);
        Product product = em.find(Product.class, service.getProductId());
        service.renew(product.getTerm());
        return service.getCurrentTermEnd();
    }

    public String recordSuspension(Long serviceId, boolean forRenewal, String reason, String actor) {
        Service service = records.find(serviceId);
        if (service.getStatus() == ServiceStatus.ACTIVE) {
            service.suspend(forRenewal);
            customers.record(service.getCustomerId(), actor, "Suspended", service.getName() + ": " + reason);
        }
        return service.getName() + " suspended: " + reason;
    }

    public String recordResumption(Long serviceId, String actor) {
        Service service = records.find(serviceId);
        if (service.getStatus() == ServiceStatus.SUSPENDED) {
            service.resume();
            customers.record(service.getCustomerId(), actor, "Resumed", service.getName());
        }
        return service.getName() + " active again";
    }

    /** The service ends (TERMINATED or EXPIRED) with its add-ons; its items go back by their template's rule. */
    public String end(Long serviceId, ServiceStatus ended, String reason, String actor) {
        Service service = records.find(serviceId);
        if (!service.getStatus().ended()) {
            service.end(ended);
            customers.record(service.getCustomerId(), actor, ended.label(), service.getName()
                    + (reason == null ? "" : ": " + reason));
        }
        int addons = records.addonNames(serviceId).size();
        return service.getName() + " " + service.getStatus().label().toLowerCase()
                + (addons == 0 ? "" : ", with its " + addons + " add-on" + (addons == 1 ? "" : "s"));
    }

    /**
     * A wrong assignment corrected: the service, its items and its OCS account (named after the service) go to
     * the right customer; both customers' activity records it. The charges so far stay with the old customer.
     */
    public String move(Long serviceId, Long toCustomerId, String actor) {
        Service service = records.find(serviceId);
        Customer to = em.find(Customer.class, toCustomerId);
        if (!service.getCustomerId().equals(toCustomerId)) {
            Customer from = em.find(Customer.class, service.getCustomerId());
            service.moveTo(toCustomerId);
            itemHolds.moveItems(serviceId, toCustomerId);
            customers.record(from.getId(), actor, "Service moved out", service.getName() + " to " + to.label());
            customers.record(toCustomerId, actor, "Service moved in", service.getName() + " from " + from.label());
        }
        return service.getName() + " belongs to " + to.label();
    }

    public String returnItems(Long serviceId) {
        return itemHolds.returnItems(serviceId);
    }

    /** The customer hears that the service ended, and why. */
    public String sendEndNotice(Long serviceId) {
        Service service = records.find(serviceId);
        Customer customer = em.find(Customer.class, service.getCustomerId());
        if (customer.getEmail() == null || customer.getEmail().isBlank()) {
            return "No e-mail address on file for " + customer.label();
        }
        boolean expired = service.getStatus() == ServiceStatus.EXPIRED;
        return mail.send(customer.getEmail(), "Your service " + service.getName() + (expired ? " has expired"
                        : " has ended"),
                "Dear " + customer.getName() + ",\n\n"
                        + "Your service " + service.getName() + (expired
                        ? " has expired at the end of its term, as auto-renew was off."
                        : " has been terminated.") + "\n\n"
                        + "Service ID: " + service.getId() + "\n\nThank you for having been with us.\n");
    }
}
