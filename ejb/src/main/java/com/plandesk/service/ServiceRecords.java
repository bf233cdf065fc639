package com.plandesk.service;

import com.plandesk.catalog.Product;
import com.plandesk.catalog.ServiceType;
import com.plandesk.customer.Contact;
import com.plandesk.customer.Customer;
import com.plandesk.customer.CustomerDirectory;
import com.plandesk.customer.Site;
import com.plandesk.inventory.Inventory;
import com.plandesk.inventory.ItemHolds;
import com.plandesk.inventory.ItemView;
import com.plandesk.kernel.PlanDeskException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
    private ItemHolds itemHolds;

    @Inject
    private CustomerDirectory customers;

    public Service open(Customer customer, Product product, boolean autoRenew) {
        Service service = new Service(customer.getId(), product.getId(), product.getName(),
                product.getServiceType(), autoRenew);
        em.persist(service); // its id is drawn now; written before the rows that refer to it (CommitOrder)
        return service;
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

    public List<String> addonNames(Long serviceId) {
        return em.createQuery("""
                        select p.name from ServiceAddon a, Product p
                        where a.serviceId = :service and p.id = a.productId order by a.addedAt""", String.class)
                .setParameter("service", serviceId).getResultList();
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

    /** The service becomes ACTIVE (once: a service already active stays as it is); @return null if it was not inactive. */
    public Service activate(Long serviceId) {
        Service service = find(serviceId);
        if (service.getStatus() != ServiceStatus.INACTIVE) {
            return null;
        }
        service.activate(em.find(Product.class, service.getProductId()).getTerm());
        return service;
    }

    /** Auto-renew on or off, by staff, on an active service; the customer's activity shows who and when. */
    public ServiceView switchAutoRenew(Long serviceId, boolean on, String actor) {
        Service service = find(serviceId);
        boolean before = service.isAutoRenew();
        service.switchAutoRenew(on);
        if (before != on) {
            customers.record(service.getCustomerId(), actor, "Auto-renew " + (on ? "on" : "off"),
                    service.getName() + " (service " + serviceId + ")");
        }
        return view(service);
    }

    /** Cancelling a provisioning: the inactive service is terminated and its items go back to stock. */
    public void terminateInactive(Long serviceId) {
        Service service = find(serviceId);
        boolean neverActive = service.getStatus() == ServiceStatus.INACTIVE;
        if (neverActive) {
            service.terminate();
        }
        itemHolds.releaseItems(serviceId, neverActive);
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
                s.getInstallationTicket(), s.getOrder().getPoNumber(), s.getWelcomeSentAt(), s.getCurrentTermStart(),
                s.getCurrentTermEnd(), s.getOrder().customFieldMap());
    }

    static Optional<ItemView> item(List<ItemView> items, String template) {
        return items.stream().filter(i -> template.equals(i.template())).findFirst();
    }
}
