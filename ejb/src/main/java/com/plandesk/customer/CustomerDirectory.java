package com.plandesk.customer;

import static com.plandesk.kernel.Text.blankToNull;

import com.plandesk.kernel.BeanValidation;
import com.plandesk.kernel.Found;
import com.plandesk.kernel.PlanDeskException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds customers, keeps their details, sites, contacts and activity, and checks an account may be served. */
@Stateless
@PermitAll
public class CustomerDirectory {

    /** How many customers the Customers page lists as recently worked on. */
    static final int RECENT = 8;

    static final int MAX_RESULTS = 10;
    /** E-mails are matched from three characters on; shorter text is a name. */
    static final int MIN_EMAIL_LENGTH = 3;

    @Inject
    private Event<PaymentMethodFixed> paymentFixes;

    @Inject
    private EntityManager em;

    @Inject
    private BeanValidation validation;

    /**
     * Type-ahead: the customer ID, then phones (any common format) and e-mails that start with the query,
     * then names with a word that starts with it — any case, with or without accents. At most ten. Each
     * key is one range over an ordered index, so a common prefix costs no more than a rare one.
     */
    public List<CustomerView> search(String query) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            return List.of();
        }
        Map<Long, Customer> found = new LinkedHashMap<>();
        if (q.matches("\\d{1,18}")) {
            Customer byId = em.find(Customer.class, Long.valueOf(q));
            if (byId != null) {
                found.put(byId.getId(), byId);
            }
        }
        if (SearchKeys.looksLikePhone(q)) {
            collect(found, "c.phoneDigits", SearchKeys.phone(q));
        }
        if (q.contains("@") || !q.contains(" ") && q.length() >= MIN_EMAIL_LENGTH) {
            collect(found, "c.emailSearch", SearchKeys.email(q));
        }
        if (found.size() < MAX_RESULTS && !SearchKeys.name(q).isEmpty()) {
            String key = SearchKeys.name(q);
            em.createQuery("""
                            select c from Customer c join c.nameKeys k
                            where k >= :from and k < :to order by k, c.id""", Customer.class)
                    .setParameter("from", key)
                    .setParameter("to", SearchKeys.prefixEnd(key))
                    .setMaxResults(MAX_RESULTS * 2)
                    .getResultStream()
                    .forEach(c -> found.putIfAbsent(c.getId(), c));
        }
        return found.values().stream().limit(MAX_RESULTS).map(CustomerView::of).toList();
    }

    /** Customers whose key starts with the prefix, in key order. */
    private void collect(Map<Long, Customer> found, String key, String prefix) {
        if (prefix == null || prefix.isEmpty() || found.size() >= MAX_RESULTS) {
            return;
        }
        em.createQuery("select c from Customer c where " + key + " >= :from and " + key + " < :to order by "
                        + key + ", c.id", Customer.class)
                .setParameter("from", prefix)
                .setParameter("to", SearchKeys.prefixEnd(prefix))
                .setMaxResults(MAX_RESULTS)
                .getResultStream()
                .forEach(c -> found.putIfAbsent(c.getId(), c));
    }

    /**
     * The one customer a bulk row names: by ID, e-mail or phone (any common format). An e-mail or phone
     * that several customers share is refused: the row must then give the ID.
     */
    public Customer findByReference(String reference) {
        return lookUp(reference).orThrow();
    }

    /** {@link #findByReference}, with a refusal handed back instead of thrown. */
    public Found<Customer> lookUp(String reference) {
        String ref = reference == null ? "" : reference.trim();
        if (ref.isEmpty()) {
            return Found.refused(PlanDeskException.invalid("customer",
                    "The customer is missing: give the customer's ID, e-mail or phone."));
        }
        List<Customer> matches = List.of();
        if (ref.matches("\\d{1,18}")) {
            Customer byId = em.find(Customer.class, Long.valueOf(ref));
            if (byId != null) {
                return Found.of(byId);
            }
        }
        if (ref.contains("@")) {
            matches = byKey(Customer.BY_EMAIL, SearchKeys.email(ref));
        } else if (SearchKeys.looksLikePhone(ref)) {
            matches = byKey(Customer.BY_PHONE, SearchKeys.phone(ref));
        }
        if (matches.size() > 1) {
            return Found.refused(PlanDeskException.conflict("customer", matches.size() + " customers have '" + ref
                    + "': give the customer ID instead."));
        }
        if (matches.isEmpty()) {
            return Found.refused(PlanDeskException.notFound("customer", "No customer has the ID, e-mail or phone '"
                    + ref + "': check the customer column."));
        }
        return Found.of(matches.get(0));
    }

    private List<Customer> byKey(String namedQuery, String value) {
        return em.createNamedQuery(namedQuery, Customer.class).setParameter("value", value).getResultList();
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
        boolean couldPay = customer.isPaymentMethodValid();
        customer.changeDetails(details.name().trim(), blankToNull(details.email()), blankToNull(details.phone()),
                Boolean.TRUE.equals(details.paymentMethodValid()));
        applyCustomFields(customer, details.customFields());
        record(customerId, actor, "Changed customer details", customer.label()
                + (customer.isPaymentMethodValid() ? ", payment method valid" : ", no valid payment method"));
        if (!couldPay && customer.isPaymentMethodValid()) {
            paymentFixes.fire(new PaymentMethodFixed(customerId, actor));
        }
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

    /** Whether the customer's payment method on file is valid: a renewal charges only then. */
    public boolean paymentMethodValid(Long customerId) {
        return find(customerId).isPaymentMethodValid();
    }

    /** Writes a line to the customer's Activity tab. */
    public void record(Long customerId, String actor, String action, String detail) {
        em.persist(new Activity(customerId, actor == null ? "system" : actor, action, detail));
    }

    /** The customers this member of staff worked on last, newest first (the Customers page before a search). */
    public List<CustomerView> recentFor(String actor) {
        return em.createQuery("""
                        select a.customerId from Activity a where a.actor = :actor order by a.at desc, a.id desc""",
                        Long.class)
                .setParameter("actor", actor).setMaxResults(RECENT * 10).getResultStream().distinct().limit(RECENT)
                .map(id -> em.find(Customer.class, id)).map(CustomerView::of).toList();
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

}
