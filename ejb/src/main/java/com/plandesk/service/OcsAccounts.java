package com.plandesk.service;

import com.plandesk.catalog.Product;
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

    /** The service's OCS account: created or updated, with the plan's action plan when auto-renew is on. */
    public String configureOcsAccount(Long serviceId) {
        Service service = records.find(serviceId);
        Product product = em.find(Product.class, service.getProductId());
        String account = ocsAccountOf(service);
        String actionPlan = service.isAutoRenew() ? "AP_" + product.getSlug() : null;
        ocs.setAccount(account, actionPlan);
        if (actionPlan == null && ocs.account(account).balances().isEmpty()) {
            ocs.executeAction(account, "Action_" + product.getSlug()); // this month's allowance, once
        }
        service.linkOcsAccount(account);
        return "OCS account " + account + (actionPlan == null ? "" : " with " + actionPlan);
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
        if (!done) {
            // once per provisioning on the OCS too: an answer that comes too late rolls back the record below
            ocs.executeActionOnce(service.getOcsAccount(), "Action_" + addon.getSlug(), "provisioning-" + provisioningId);
            em.persist(new ServiceAddon(serviceId, addonProductId, provisioningId));
        }
        return "Action_" + addon.getSlug() + " on " + service.getOcsAccount() + ": "
                + ocs.account(service.getOcsAccount()).describeBalances();
    }

    /** The service's OCS balances as staff read them, or why they cannot be read. */
    public String balances(Long serviceId) {
        Service service = records.find(serviceId);
        if (service.getOcsAccount() == null) {
            return "No OCS account yet";
        }
        try {
            return ocs.account(service.getOcsAccount()).describeBalances();
        } catch (RuntimeException e) {
            return "Balances unavailable: " + e.getMessage();
        }
    }

    public OcsAccount ocsAccount(Long serviceId) {
        Service service = records.find(serviceId);
        if (service.getOcsAccount() == null) {
            throw PlanDeskException.notAllowed("serviceId", service.getName() + " has no OCS account yet.");
        }
        return ocs.account(service.getOcsAccount());
    }
}
