package com.plandesk.service;

import com.plandesk.catalog.Product;
import com.plandesk.customer.CustomerDirectory;
import com.plandesk.connector.ocs.OcsAccount;
import com.plandesk.connector.ocs.OcsConnector;
import com.plandesk.kernel.PlanDeskException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
/** The services' accounts on the OCS (CGRateS): opened with the plan's allowances, add-ons run on them, balances read. */
@Stateless
@PermitAll
public class OcsAccounts {

    @Inject
    private EntityManager em;

    @Inject
    private ServiceRecords records;

    @Inject
    private OcsConnector ocs;

    @Inject
    private CustomerDirectory customers;

    @Inject
    private Charges charges;

    @Inject
    private ProductActions productActions;

    /**
     * The service's OCS account: created or updated, joining the plan's start plan, which gives the first term's
     * allowance and charges the setup fee once (Plan Desk's lifecycle renews it, not an OCS schedule).
     */
    public String configureOcsAccount(Long serviceId, Long provisioningId) {
        Service service = records.find(serviceId);
        Product product = em.find(Product.class, service.getProductId());
        String account = ocsAccountOf(service);
        String startPlan = productActions.defined(product).startPlan();
        ocs.setAccount(account, startPlan);
        service.linkOcsAccount(account);
        if (product.getSetupFee().signum() > 0) {
            charges.record(service, provisioningId, Charge.Kind.SETUP, product.getSetupFee(), product.getCurrency(),
                    "Setup fee: " + product.getName());
        }
        return "OCS account " + account + (startPlan == null ? "" : " with " + startPlan);
    }

    /**
     * A renewal's charge: the term's price debited on the OCS once per renewal, and recorded. A customer whose
     * payment method is not valid is not charged: the renewal fails with that cause.
     */
    public String chargeTerm(Long serviceId, Long provisioningId) {
        Service service = records.find(serviceId);
        Product product = em.find(Product.class, service.getProductId());
        if (!customers.paymentMethodValid(service.getCustomerId())) {
            throw new IllegalStateException("The customer's payment method is not valid: fix it on the customer "
                    + "and the renewal is tried again.");
        }
        String action = productActions.defined(product).termCharge();
        if (action != null) {
            ocs.executeActionOnce(service.getOcsAccount(), action, "renewal-" + provisioningId);
            charges.record(service, provisioningId, Charge.Kind.TERM, product.getPrice(), product.getCurrency(),
                    "Term " + service.getCurrentTermEnd().toLocalDate() + " → "
                            + product.getTerm().endOf(service.getCurrentTermEnd()).toLocalDate() + ": "
                            + product.getName());
        }
        return "Charged " + product.getPrice() + " " + product.getCurrency() + " on " + service.getOcsAccount();
    }

    /** The plan's allowances for the new term, reset to the full amount (once per renewal). */
    public String refillAllowances(Long serviceId, Long provisioningId) {
        Service service = records.find(serviceId);
        Product product = em.find(Product.class, service.getProductId());
        String action = productActions.defined(product).allowance();
        if (action == null) {
            return "No allowances to refill";
        }
        ocs.executeActionOnce(service.getOcsAccount(), action, "refill-" + provisioningId);
        return "Allowances reset (" + action + ")";
    }

    /** Suspension and resumption: a disabled account is charged nothing and uses nothing. */
    public String setOcsAccountDisabled(Long serviceId, boolean disabled) {
        Service service = records.find(serviceId);
        if (service.getOcsAccount() == null) {
            return "No OCS account";
        }
        ocs.setDisabled(service.getOcsAccount(), disabled);
        return "OCS account " + service.getOcsAccount() + (disabled ? " disabled" : " enabled");
    }

    /** Termination and expiry: the account goes. */
    public String removeOcsAccount(Long serviceId) {
        Service service = records.find(serviceId);
        if (service.getOcsAccount() == null) {
            return "No OCS account";
        }
        ocs.removeAccount(service.getOcsAccount());
        return "OCS account " + service.getOcsAccount() + " removed";
    }

    static String ocsAccountOf(Service service) {
        return "svc-" + service.getId();
    }

    /** An add-on goes only to an active service of its own service type. */
    public String checkAddonTarget(Long serviceId, Long addonProductId) {
        Service service = records.find(serviceId);
        Product addon = em.find(Product.class, addonProductId);
        String problem = service.addonProblem(addon);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        return service.getName() + " is active";
    }

    /** Runs the add-on on the service's OCS account and records it — once per provisioning. */
    public String runAddon(Long serviceId, Long addonProductId, Long provisioningId) {
        Service service = records.find(serviceId);
        Product addon = em.find(Product.class, addonProductId);
        boolean done = !em.createQuery("select a.id from ServiceAddon a where a.provisioningId = :p", Long.class)
                .setParameter("p", provisioningId).getResultList().isEmpty();
        String action = productActions.defined(addon).allowance();
        if (!done) {
            // once per provisioning on the OCS too: an answer that comes too late rolls back the record below
            if (action != null) {
                ocs.executeActionOnce(service.getOcsAccount(), action, "provisioning-" + provisioningId);
            }
            em.persist(new ServiceAddon(serviceId, addonProductId, provisioningId));
            if (addon.getPrice().signum() > 0) {
                charges.record(service, provisioningId, Charge.Kind.ADDON, addon.getPrice(), addon.getCurrency(),
                        addon.getName());
            }
        }
        return action + " on " + service.getOcsAccount() + ": "
                + describe(ocs.account(service.getOcsAccount()), service);
    }

    /** The service's OCS balances as staff read them, or why they cannot be read. */
    public String balances(Long serviceId) {
        Service service = records.find(serviceId);
        if (service.getOcsAccount() == null) {
            return "No OCS account yet";
        }
        try {
            return describe(ocs.account(service.getOcsAccount()), service);
        } catch (RuntimeException e) {
            return "Balances unavailable: " + e.getMessage();
        }
    }

    /** The account's balances in words, money in the currency of the service's product. */
    public String describe(OcsAccount account, Service service) {
        return account.describeBalances(em.find(Product.class, service.getProductId()).getCurrency());
    }

    public OcsAccount ocsAccount(Long serviceId) {
        Service service = records.find(serviceId);
        if (service.getOcsAccount() == null) {
            throw PlanDeskException.notAllowed("serviceId", service.getName() + " has no OCS account yet.");
        }
        return ocs.account(service.getOcsAccount());
    }
}
