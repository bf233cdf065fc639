package com.plandesk.assignment;

import com.plandesk.catalog.Catalog;
import com.plandesk.catalog.Product;
import com.plandesk.catalog.ProductCategory;
import com.plandesk.customer.Customer;
import com.plandesk.customer.CustomerDirectory;
import com.plandesk.customer.CustomerType;
import com.plandesk.inventory.HoldBatch;
import com.plandesk.inventory.Inventory;
import com.plandesk.inventory.ItemHolds;
import com.plandesk.inventory.InventoryItem;
import com.plandesk.inventory.ItemView;
import com.plandesk.kernel.BeanValidation;
import com.plandesk.kernel.PlanDeskException;
import com.plandesk.provisioning.Provisioning;
import com.plandesk.provisioning.LifecycleRuns;
import com.plandesk.provisioning.ProvisioningStarter;
import com.plandesk.provisioning.ProvisioningView;
import com.plandesk.provisioning.ProvisioningVariables;
import com.plandesk.service.OrderDetails;
import com.plandesk.service.Service;
import com.plandesk.service.ServiceRecords;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
/**
 * Gives a product to a customer: checks every rule, holds the chosen items, opens the INACTIVE service and
 * starts its provisioning — all in one transaction, so a refused request writes nothing. Screens, API and
 * bulk runs all come through here and get the same answers.
 */
@Stateless
public class Assignments {

    @Inject
    private EntityManager em;

    @Inject
    private BeanValidation validation;

    @Inject
    private Inventory inventory;


    @Inject

    private ItemHolds itemHolds;

    @Inject
    private ServiceRecords services;

    @Inject
    private ProvisioningStarter provisionings;

    @Inject
    private CustomerDirectory customers;

    @Inject
    private Catalog catalog;

    @Inject
    private LifecycleRuns lifecycleRuns;

    /** The process that wraps a plan ordered for a business customer (site, contacts, PO, billing note). */
    public static final String BUSINESS_ORDER_PROCESS = "provisionBusinessOrder";

    @RolesAllowed("agent")
    public AssignmentResult assign(AssignmentRequest request, String requestedBy) {
        return assign(request, requestedBy, null, null);
    }

    /**
     * A row of a bulk run: the same rules and the same process as at the counter. The run was authorised
     * when a supervisor uploaded it; its rows run on batch threads, after a restart with no caller at all.
     * Free items go into {@code holds}, which the caller holds at the end of its transaction with the other
     * rows' ({@link Inventory#hold(HoldBatch)}); without a batch (null) they are held at once.
     */
    public AssignmentResult assignBulkRow(AssignmentRequest request, String requestedBy, Long bulkAssignmentId,
                                          HoldBatch holds) {
        return assign(request, requestedBy, bulkAssignmentId, holds);
    }

    private AssignmentResult assign(AssignmentRequest request, String requestedBy, Long bulkAssignmentId,
                                    HoldBatch holds) {
        checkWellFormed(request);
        Customer customer = customers.find(request.customerId());
        Product product = catalog.find(request.productId());
        AssignmentRules.checkEligible(customer, product);
        AssignmentRules.checkBusinessDetails(customer, request);
        List<InventoryItem> items = AssignmentRules.checkItems(product, chosenItems(request), request.reservationToken());
        return product.getCategory() == ProductCategory.ADDON
                ? assignAddon(request, customer, product, items, requestedBy, bulkAssignmentId, holds)
                : assignPlan(request, customer, product, items, requestedBy, bulkAssignmentId, holds);
    }

    /**
     * Corrects an assignment made to the wrong customer: the service moves to the right one, who must be
     * allowed the product as at assignment (type, status, payment method); a run moves it.
     */
    @RolesAllowed("agent")
    public ProvisioningView move(Long serviceId, Long toCustomerId, String actor) {
        if (toCustomerId == null) {
            throw PlanDeskException.invalid("customerId", "Name the customer the service moves to: {\"customerId\": 456}.");
        }
        Service service = services.find(serviceId);
        Customer customer = customers.find(toCustomerId);
        if (service.getCustomerId().equals(toCustomerId)) {
            throw PlanDeskException.notAllowed("customerId", service.getName() + " already belongs to "
                    + customer.label() + ".");
        }
        AssignmentRules.checkMayHave(customer, catalog.find(service.getProductId()));
        return lifecycleRuns.move(serviceId, toCustomerId, customer.label(), actor);
    }

    /**
     * The checks staff get before they pick stock: may this customer have this product at all? (customer
     * type, status, payment method). Writes nothing; the same rules run again at assignment.
     */
    @RolesAllowed("agent")
    public void checkEligibility(Long customerId, Long productId) {
        AssignmentRules.checkEligible(customers.find(customerId), catalog.find(productId));
    }

    private AssignmentResult assignPlan(AssignmentRequest request, Customer customer, Product product,
                                        List<InventoryItem> items, String requestedBy, Long bulkAssignmentId,
                                        HoldBatch holds) {
        if (request.serviceId() != null) {
            throw PlanDeskException.invalid("serviceId", product.getName()
                    + " is a plan: it creates its own service, so leave serviceId out.");
        }
        boolean businessOrder = customer.getType() == CustomerType.BUSINESS;
        provisionings.checkDeployed(product.getProcessKey());
        String process = businessOrder ? BUSINESS_ORDER_PROCESS : product.getProcessKey();
        provisionings.checkDeployed(process);

        Service service = services.open(customer, product, product.isRecurring() && request.autoRenewOrDefault());
        hold(items, service.getId(), request.reservationToken(), holds);
        Map<String, Object> variables = new HashMap<>(product.defaultVariables());
        if (businessOrder) {
            variables.put(ProvisioningVariables.PLAN_PROCESS_KEY, product.getProcessKey());
        }
        return start(request, customer, product, service, items, process, variables, requestedBy, bulkAssignmentId);
    }

    /** An add-on runs against an existing, active service of its type: no new service. */
    private AssignmentResult assignAddon(AssignmentRequest request, Customer customer, Product product,
                                         List<InventoryItem> items, String requestedBy, Long bulkAssignmentId,
                                         HoldBatch holds) {
        if (request.serviceId() == null) {
            throw PlanDeskException.notAllowed("serviceId", product.getName() + " is an add-on: choose the "
                    + product.getServiceType().label() + " service of " + customer.label() + " that receives it.");
        }
        Service target = em.find(Service.class, request.serviceId());
        if (target == null || !target.getCustomerId().equals(customer.getId())) {
            throw PlanDeskException.notAllowed("serviceId", "Service " + request.serviceId() + " is not a service of "
                    + customer.label() + ".");
        }
        String problem = target.addonProblem(product);
        if (problem != null) {
            throw PlanDeskException.notAllowed("serviceId", problem);
        }
        provisionings.checkDeployed(product.getProcessKey());
        hold(items, target.getId(), request.reservationToken(), holds);
        return start(request, customer, product, target, items, product.getProcessKey(),
                new HashMap<>(product.defaultVariables()),
                requestedBy, bulkAssignmentId);
    }

    private AssignmentResult start(AssignmentRequest request, Customer customer, Product product, Service service,
                                   List<InventoryItem> items, String processKey, Map<String, Object> variables,
                                   String requestedBy, Long bulkAssignmentId) {
        Assignment assignment = new Assignment(request, service.getId(), requestedBy, bulkAssignmentId);
        em.persist(assignment);
        Provisioning provisioning = provisionings.start(assignment.getId(), service, product.getId(), processKey,
                variables, bulkAssignmentId, items.stream().map(ItemView::of).toList());
        customers.record(customer.getId(), requestedBy, "Assigned " + product.getName(),
                "Service " + service.getId() + ", provisioning " + provisioning.getId());
        return new AssignmentResult(assignment.getId(), provisioning.getId(), service.getId());
    }

    /** Items of a reservation are held at once (they are the agent's already); free ones in the batch, if any. */
    private void hold(List<InventoryItem> items, Long serviceId, String reservationToken, HoldBatch holds) {
        if (holds == null || reservationToken != null) {
            itemHolds.holdForService(items, serviceId, reservationToken);
        } else {
            holds.add(items, serviceId);
        }
    }

    /**
     * What an order asked for beyond the product (site, contacts, PO, installation date, custom fields); none for
     * a run started without an assignment.
     */
    public OrderDetails orderOf(Long assignmentId) {
        Assignment assignment = assignmentId == null ? null : em.find(Assignment.class, assignmentId);
        return assignment == null ? OrderDetails.none() : assignment.getOrder();
    }

    private void checkWellFormed(AssignmentRequest request) {
        validation.check(request, "Send the assignment as a JSON object.");
    }

    /** The items given by id, or else those of the agent's reservation. */
    private List<InventoryItem> chosenItems(AssignmentRequest request) {
        if (!request.itemsOrEmpty().isEmpty() || request.reservationToken() == null) {
            return inventory.find(request.itemsOrEmpty());
        }
        return inventory.reservedItems(request.reservationToken());
    }

}
