package com.plandesk.customer;

import com.plandesk.platform.BeanValidation;
import com.plandesk.platform.PlanDeskException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds customers, keeps their details, sites, contacts and activity, and checks an account may be served. */
@Stateless
@PermitAll
public class CustomerDirectory {

    static final int MAX_RESULTS = 10;
    /** Names and e-mails are matched from three characters on (trigram indexes need three). */
    static final int MIN_TEXT_LENGTH = 3;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BeanValidation validation;

    /**
     * Type-ahead: customer ID, phone in any common format (prefix), e-mail (prefix) or name (any part, any
     * case, with or without accents). At most ten, by name.
     */
    public List<CustomerView> search(String query) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            return List.of();
        }
        List<String> where = new ArrayList<>();
        List<Object[]> parameters = new ArrayList<>();
        if (q.matches("\\d{1,18}")) {
            where.add("c.id = :id");
            parameters.add(new Object[] {"id", Long.valueOf(q)});
        }
        if (SearchKeys.looksLikePhone(q)) {
            where.add("c.phoneDigits like :phone");
            parameters.add(new Object[] {"phone", escapeLike(SearchKeys.phone(q)) + "%"});
        }
        if (q.length() >= MIN_TEXT_LENGTH) {
            String name = SearchKeys.name(q);
            where.add("c.nameSearch like :name");
            parameters.add(new Object[] {"name", "%" + escapeLike(name) + "%"});
            if (!q.contains(" ")) {
                where.add("c.emailSearch like :email");
                parameters.add(new Object[] {"email", escapeLike(SearchKeys.email(q)) + "%"});
            }
        } else if (where.isEmpty()) {
            where.add("c.nameSearch = :name");
            parameters.add(new Object[] {"name", SearchKeys.name(q)});
        }
        TypedQuery<Customer> search = em.createQuery("select c from Customer c where " + String.join(" or ", where)
                + " order by c.nameSearch, c.id", Customer.class);
        parameters.forEach(p -> search.setParameter((String) p[0], p[1]));
        return search.setMaxResults(MAX_RESULTS).getResultStream().map(CustomerView::of).toList();
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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

    @RolesAllowed("agent")
    public CustomerView create(CustomerDetails details, String actor) {
        validation.check(details, "Send the customer as a JSON object.");
        Customer customer = new Customer(details.type(), details.name().trim(), blankToNull(details.email()),
                blankToNull(details.phone()), Boolean.TRUE.equals(details.paymentMethodValid()));
        applyCustomFields(customer, details.customFields());
        if (details.sites() != null) {
            details.sites().forEach(s -> customer.addSite(s.name().trim(), blankToNull(s.address())));
        }
        if (details.contacts() != null) {
            details.contacts().forEach(c -> customer.addContact(c.name().trim(), blankToNull(c.email()),
                    blankToNull(c.phone()), c.role()));
        }
        em.persist(customer);
        em.flush();
        record(customer.getId(), actor, "Created customer", customer.label());
        return CustomerView.of(customer);
    }

    /** New details, custom fields and payment method; sites and contacts are changed one by one. */
    @RolesAllowed("agent")
    public CustomerView update(Long customerId, CustomerDetails details, String actor) {
        validation.check(details, "Send the customer as a JSON object.");
        Customer customer = find(customerId);
        if (details.type() != customer.getType()) {
            throw PlanDeskException.notAllowed("type", "A customer's type cannot change: create a new customer.");
        }
        customer.changeDetails(details.name().trim(), blankToNull(details.email()), blankToNull(details.phone()),
                Boolean.TRUE.equals(details.paymentMethodValid()));
        applyCustomFields(customer, details.customFields());
        record(customerId, actor, "Changed customer details", customer.label()
                + (customer.isPaymentMethodValid() ? ", payment method valid" : ", no valid payment method"));
        return CustomerView.of(customer);
    }

    @RolesAllowed("agent")
    public CustomerView addSite(Long customerId, CustomerDetails.SiteDetails site, String actor) {
        validation.check(site, "Send the site as a JSON object.");
        Customer customer = businessCustomer(customerId);
        Site added = customer.addSite(site.name().trim(), blankToNull(site.address()));
        em.flush();
        record(customerId, actor, "Added site", added.label());
        return CustomerView.of(customer);
    }

    @RolesAllowed("agent")
    public CustomerView addContact(Long customerId, CustomerDetails.ContactDetails contact, String actor) {
        validation.check(contact, "Send the contact as a JSON object.");
        Customer customer = businessCustomer(customerId);
        Contact added = customer.addContact(contact.name().trim(), blankToNull(contact.email()),
                blankToNull(contact.phone()), contact.role());
        em.flush();
        record(customerId, actor, "Added " + contact.role().name().toLowerCase() + " contact", added.getName());
        return CustomerView.of(customer);
    }

    private Customer businessCustomer(Long customerId) {
        Customer customer = find(customerId);
        if (customer.getType() != CustomerType.BUSINESS) {
            throw PlanDeskException.notAllowed("customerId", customer.label()
                    + " is an individual customer: sites and contacts belong to business customers.");
        }
        return customer;
    }

    private static void applyCustomFields(Customer customer, Map<String, String> fields) {
        if (fields == null) {
            return;
        }
        fields.keySet().stream().filter(k -> !CustomerDetails.CUSTOM_FIELDS.contains(k)).findFirst().ifPresent(k -> {
            throw PlanDeskException.invalid("customFields", "Unknown custom field '" + k + "': use "
                    + CustomerDetails.CUSTOM_FIELDS + ".");
        });
        fields.values().stream().filter(v -> v != null && v.length() > 60).findFirst().ifPresent(v -> {
            throw PlanDeskException.invalid("customFields", "Custom fields have at most 60 characters.");
        });
        customer.changeCustomFields(blankToNull(fields.get("accountNumber")), blankToNull(fields.get("costCentre")),
                blankToNull(fields.get("poNumber")));
    }

    /** Writes a line to the customer's Activity tab. */
    public void record(Long customerId, String actor, String action, String detail) {
        em.persist(new Activity(customerId, actor == null ? "system" : actor, action, detail));
    }

    public List<ActivityView> activity(Long customerId) {
        find(customerId);
        return em.createQuery("select a from Activity a where a.customerId = :customer order by a.at desc, a.id desc",
                        Activity.class)
                .setParameter("customer", customerId)
                .setMaxResults(200)
                .getResultStream()
                .map(a -> new ActivityView(a.getAt(), a.getActor(), a.getAction(), a.getDetail()))
                .toList();
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
