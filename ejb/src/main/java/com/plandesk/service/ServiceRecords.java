package com.plandesk.service;

import com.plandesk.catalog.Product;
import com.plandesk.catalog.ServiceType;
import com.plandesk.connector.network.NetworkConnector;
import com.plandesk.connector.ocs.OcsAccount;
import com.plandesk.connector.ocs.OcsConnector;
import com.plandesk.customer.Contact;
import com.plandesk.customer.Customer;
import com.plandesk.customer.Site;
import com.plandesk.inventory.Inventory;
import com.plandesk.inventory.ItemView;
import com.plandesk.kernel.PlanDeskException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The customer's services: opened INACTIVE with the assignment, then completed step by step by the
 * provisioning process — each step idempotent, so a retried task changes nothing twice — and activated
 * when the process ends.
 */
@Stateless
@PermitAll
public class ServiceRecords {

    static final String MOBILE_NUMBER = "Mobile Number";
    static final String SIM_CARD = "SIM Card";
    static final String CPE_MODEM = "CPE Modem";

    @Inject
    private EntityManager em;

    @Inject
    private Inventory inventory;

    @Inject
    private OcsConnector ocs;

    @Inject
    private NetworkConnector network;

    public Service open(Customer customer, Product product, boolean autoRenew) {
        Service service = new Service(customer.getId(), product.getId(), product.getName(),
                product.getServiceType(), autoRenew);
        em.persist(service); // its id is drawn now; written before the rows that refer to it (CommitOrder)
        return service;
    }

    /** The service's OCS account: created or updated, with the plan's action plan when auto-renew is on. */
    public String configureOcsAccount(Long serviceId) {
        Service service = find(serviceId);
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

    /** The SIM goes live on the HLR/HSS with the service's number. */
    public String activateSim(Long serviceId) {
        List<ItemView> items = inventory.itemsOfService(serviceId);
        ItemView sim = item(items, SIM_CARD).orElseThrow(() ->
                new IllegalStateException("Service " + serviceId + " has no SIM card to activate"));
        String msisdn = item(items, MOBILE_NUMBER).map(ItemView::reference).orElse(null);
        if (sim.identifier() == null || sim.identifier().isBlank()) {
            throw new IllegalStateException("SIM Card " + sim.reference() + " has no ICCID, which the HLR/HSS needs: "
                    + "add it in the inventory, then retry.");
        }
        network.activateSim(sim.identifier(), msisdn);
        return "SIM " + sim.reference() + " active on the HLR/HSS" + (msisdn == null ? "" : " as " + msisdn);
    }

    public String createRadiusAccount(Long serviceId) {
        String modem = item(inventory.itemsOfService(serviceId), CPE_MODEM).map(ItemView::identifier).orElse(null);
        String username = radiusUsername(serviceId);
        network.createRadiusAccount(username, modem);
        return "RADIUS account " + username;
    }

    static String radiusUsername(Long serviceId) {
        return "svc-" + serviceId + "@broadband.plandesk";
    }

    /** The installation date asked for with the assignment, or the third working day from today. */
    public String scheduleInstallation(Long serviceId, LocalDate requested) {
        Service service = find(serviceId);
        LocalDate date = requested != null ? requested : workingDaysFrom(LocalDate.now(), 3);
        service.scheduleInstallation(date, null);
        return "Installation on " + date;
    }

    static LocalDate workingDaysFrom(LocalDate day, int workingDays) {
        LocalDate date = day;
        for (int left = workingDays; left > 0; ) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }

    public String createInstallationTicket(Long serviceId) {
        Service service = find(serviceId);
        String ticket = service.getInstallationTicket() != null
                ? service.getInstallationTicket() : "INST-" + service.getId();
        service.scheduleInstallation(service.getInstallationDate(), ticket);
        return "Ticket " + ticket + (service.getInstallationDate() == null ? "" : " for " + service.getInstallationDate());
    }

    /** Switches the service on in the network: "internet", "iptv" or "voip". */
    public String activateOnNetwork(Long serviceId, String networkService) {
        Service service = find(serviceId);
        network.activateService(networkKey(service, networkService));
        return networkService + " active in the network";
    }

    static String networkKey(Service service, String networkService) {
        return networkService + ":svc-" + service.getId();
    }

    /**
     * Names the service after what identifies it to the customer: "Mobile - +44 7700 900123" by its number,
     * otherwise the product with its equipment, "Fibre - 100Mbps (CPE-0001)".
     */
    public String completeRecord(Long serviceId) {
        Service service = find(serviceId);
        Product product = em.find(Product.class, service.getProductId());
        List<ItemView> items = inventory.itemsOfService(serviceId);
        service.rename(item(items, MOBILE_NUMBER)
                .map(number -> service.getServiceType().label() + " - " + number.reference())
                .orElseGet(() -> items.isEmpty() ? product.getName()
                        : product.getName() + " (" + items.get(0).reference() + ")"));
        return service.getName();
    }

    // --- add-ons -------------------------------------------------------------------------------------

    /** An add-on goes only to an active service of its own service type. */
    public String checkAddonTarget(Long serviceId, Long addonProductId) {
        Service service = find(serviceId);
        Product addon = em.find(Product.class, addonProductId);
        String problem = addonProblem(service, addon);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        return service.getName() + " is active";
    }

    /** Why the add-on cannot go to this service, or null. */
    public static String addonProblem(Service service, Product addon) {
        if (service.getStatus() != ServiceStatus.ACTIVE) {
            return service.getName() + " is " + service.getStatus().name().toLowerCase()
                    + ": add-ons go to active services.";
        }
        if (service.getServiceType() != addon.getServiceType()) {
            return addon.getName() + " is a " + addon.getServiceType().label() + " add-on and "
                    + service.getName() + " is a " + service.getServiceType().label() + " service.";
        }
        if (service.getOcsAccount() == null) {
            return service.getName() + " has no OCS account.";
        }
        return null;
    }

    /** Runs the add-on on the service's OCS account and records it — once per provisioning. */
    public String runAddon(Long serviceId, Long addonProductId, Long provisioningId) {
        Service service = find(serviceId);
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

    public List<String> addonNames(Long serviceId) {
        return em.createQuery("""
                        select p.name from ServiceAddon a, Product p
                        where a.serviceId = :service and p.id = a.productId order by a.addedAt""", String.class)
                .setParameter("service", serviceId).getResultList();
    }

    /** The service's OCS balances as staff read them, or why they cannot be read. */
    public String balances(Long serviceId) {
        Service service = find(serviceId);
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
        Service service = find(serviceId);
        if (service.getOcsAccount() == null) {
            throw PlanDeskException.notAllowed("serviceId", service.getName() + " has no OCS account yet.");
        }
        return ocs.account(service.getOcsAccount());
    }

    // --- business orders -----------------------------------------------------------------------------

    /** The site and contacts of a business order belong to its customer. */
    public String checkBusinessDetails(Long customerId, OrderDetails order) {
        Customer customer = em.find(Customer.class, customerId);
        if (order.getSiteId() != null && customer.getSites().stream().map(Site::getId)
                .noneMatch(order.getSiteId()::equals)) {
            throw new IllegalStateException("Site " + order.getSiteId() + " is not a site of " + customer.label());
        }
        for (Long contactId : new Long[] {order.getBillingContactId(), order.getTechnicalContactId()}) {
            if (contactId != null && customer.getContacts().stream().map(Contact::getId).noneMatch(contactId::equals)) {
                throw new IllegalStateException("Contact " + contactId + " is not a contact of " + customer.label());
            }
        }
        return "Site and contacts belong to " + customer.label();
    }

    /** The order's site, contacts, PO number and custom fields go on the service. */
    public String recordOrderDetails(Long serviceId, OrderDetails order) {
        find(serviceId).recordOrder(order);
        return order.getPoNumber() == null ? "Order details recorded" : "PO " + order.getPoNumber();
    }

    // --- life cycle ----------------------------------------------------------------------------------

    public void activate(Long serviceId) {
        find(serviceId).activate();
    }

    /** Cancelling a provisioning: the inactive service is terminated and its items go back to stock. */
    public void terminateInactive(Long serviceId) {
        Service service = find(serviceId);
        boolean neverActive = service.getStatus() == ServiceStatus.INACTIVE;
        if (neverActive) {
            service.terminate();
        }
        inventory.releaseItems(serviceId, neverActive);
    }

    public Service find(Long serviceId) {
        Service service = serviceId == null ? null : em.find(Service.class, serviceId);
        if (service == null) {
            throw PlanDeskException.notFound("serviceId", "Service " + serviceId + " does not exist.");
        }
        return service;
    }

    /** A customer's services, of one service type or all. */
    public List<ServiceView> ofCustomer(Long customerId, ServiceType serviceType) {
        var query = em.createQuery("select s from Service s where s.customerId = :customer"
                + (serviceType == null ? "" : " and s.serviceType = :type") + " order by s.id", Service.class)
                .setParameter("customer", customerId);
        if (serviceType != null) {
            query.setParameter("type", serviceType);
        }
        return query.getResultStream().map(this::view).toList();
    }

    public ServiceView view(Long serviceId) {
        return view(find(serviceId));
    }

    private ServiceView view(Service s) {
        return new ServiceView(s.getId(), s.getName(), s.getCustomerId(), s.getProductId(), s.getServiceType(),
                s.getStatus(), s.isAutoRenew(), s.getOcsAccount(), s.getCreatedAt(), s.getActivatedAt(),
                inventory.itemsOfService(s.getId()), addonNames(s.getId()), s.getInstallationDate(),
                s.getInstallationTicket(), s.getOrder().getPoNumber(), s.getWelcomeSentAt());
    }

    private static Optional<ItemView> item(List<ItemView> items, String template) {
        return items.stream().filter(i -> template.equals(i.template())).findFirst();
    }
}
