package com.plandesk.service;

import com.plandesk.catalog.Product;
import com.plandesk.catalog.ServiceType;
import com.plandesk.connector.ocs.OcsConnector;
import com.plandesk.customer.Customer;
import com.plandesk.inventory.Inventory;
import com.plandesk.inventory.ItemView;
import com.plandesk.platform.PlanDeskException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The customer's services: created INACTIVE with the assignment, completed and activated by provisioning. */
@Stateless
@PermitAll
public class ServiceRecords {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Inventory inventory;

    @Inject
    private OcsConnector ocs;

    public Service open(Customer customer, Product product, boolean autoRenew) {
        Service service = new Service(customer.getId(), product.getId(), product.getName(),
                product.getServiceType(), autoRenew);
        em.persist(service);
        em.flush();
        return service;
    }

    /** Opens (or finds again) the service's charging account. @return the task detail */
    public String configureOcsAccount(Long serviceId) {
        Service service = find(serviceId);
        Product product = em.find(Product.class, service.getProductId());
        String account = ocs.setAccount("svc-" + service.getId(), product.getSlug(), service.isAutoRenew());
        service.linkOcsAccount(account);
        return "OCS account " + account;
    }

    /** Names the service after what identifies it to the customer: "Mobile - +44 7700 900123". */
    public String completeRecord(Long serviceId) {
        Service service = find(serviceId);
        List<ItemView> items = inventory.itemsOfService(serviceId);
        String identity = items.stream()
                .filter(i -> "Mobile Number".equals(i.template()))
                .map(ItemView::reference)
                .findFirst()
                .orElseGet(() -> items.isEmpty() ? "Service " + service.getId() : items.get(0).reference());
        service.rename(nameFor(service.getServiceType(), identity));
        return service.getName();
    }

    static String nameFor(ServiceType type, String identity) {
        return type.label() + " - " + identity;
    }

    public void activate(Long serviceId) {
        find(serviceId).activate();
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
        Long serviceId = s.getId();
        return new ServiceView(s.getId(), s.getName(), s.getCustomerId(), s.getProductId(), s.getServiceType(),
                s.getStatus(), s.isAutoRenew(), s.getOcsAccount(), s.getCreatedAt(), s.getActivatedAt(),
                inventory.itemsOfService(serviceId));
    }
}
