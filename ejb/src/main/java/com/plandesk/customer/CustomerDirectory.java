package com.plandesk.customer;

import com.plandesk.platform.PlanDeskException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Finds customers and checks that an account may receive a service. */
@Stateless
@PermitAll
public class CustomerDirectory {

    private static final int MAX_RESULTS = 20;

    @PersistenceContext
    private EntityManager em;

    /** Matches name (partial, any case), customer ID, e-mail or phone. */
    public List<CustomerView> search(String query) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            return List.of();
        }
        Long id = q.matches("\\d{1,18}") ? Long.valueOf(q) : -1L;
        return em.createQuery("""
                        select c from Customer c
                        where c.id = :id or lower(c.name) like :name or lower(c.email) = :email
                           or c.phone = :phone
                        order by c.name, c.id""", Customer.class)
                .setParameter("id", id)
                .setParameter("name", "%" + q.toLowerCase() + "%")
                .setParameter("email", q.toLowerCase())
                .setParameter("phone", q)
                .setMaxResults(MAX_RESULTS)
                .getResultStream()
                .map(CustomerView::of)
                .toList();
    }

    public CustomerView view(Long customerId) {
        return CustomerView.of(find(customerId));
    }

    public Customer find(Long customerId) {
        Customer customer = customerId == null ? null : em.find(Customer.class, customerId);
        if (customer == null) {
            throw PlanDeskException.notFound("customerId", "Customer " + customerId
                    + " does not exist: search the customer directory and check the ID.");
        }
        return customer;
    }

    /** The provisioning's first task: the account may still receive a service when the run reaches it. */
    public String validateForProvisioning(Long customerId) {
        Customer customer = find(customerId);
        if (customer.getStatus() != CustomerStatus.ACTIVE) {
            throw new IllegalStateException(customer.label() + " is " + customer.getStatus());
        }
        if (!customer.isPaymentMethodValid()) {
            throw new IllegalStateException(customer.label() + " has no valid payment method on file");
        }
        return customer.label() + " is active with a valid payment method";
    }
}
