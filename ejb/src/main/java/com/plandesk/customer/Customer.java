package com.plandesk.customer;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;

@Entity
@Table(name = "customer")
// Two rows at most: one is the answer, a second means the key is ambiguous. The limit is a hint, so each query is
// prepared once (setMaxResults on every call made EclipseLink build its SQL anew each time).
@NamedQuery(name = Customer.BY_EMAIL, query = "select c from Customer c where c.emailSearch = :value",
        hints = @QueryHint(name = QueryHints.JDBC_MAX_ROWS, value = "2"))
@NamedQuery(name = Customer.BY_PHONE, query = "select c from Customer c where c.phoneDigits = :value",
        hints = @QueryHint(name = QueryHints.JDBC_MAX_ROWS, value = "2"))
public class Customer {

    static final String BY_EMAIL = "Customer.byEmail";
    static final String BY_PHONE = "Customer.byPhone";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_id")
    @SequenceGenerator(name = "customer_id", sequenceName = "customer_id_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private CustomerType type;

    private String name;
    private String email;
    private String phone;

    @Enumerated(EnumType.STRING)
    private CustomerStatus status;

    private boolean paymentMethodValid;
    private String accountNumber;
    private String costCentre;
    private String poNumber;

    /** Search keys ({@link SearchKeys}), kept in step with the fields they come from. */
    @ElementCollection
    @CollectionTable(name = "customer_name_key", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "name_key")
    private Set<String> nameKeys = new HashSet<>();

    private String nameSearch;
    private String emailSearch;
    private String phoneDigits;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Site> sites = new ArrayList<>();

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Contact> contacts = new ArrayList<>();

    @Version
    private long version;

    protected Customer() {
    }

    public Customer(CustomerType type, String name, String email, String phone, boolean paymentMethodValid) {
        this.type = type;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.paymentMethodValid = paymentMethodValid;
        this.status = CustomerStatus.ACTIVE;
        computeSearchKeys();
    }

    private void computeSearchKeys() {
        nameSearch = SearchKeys.name(name);
        emailSearch = SearchKeys.email(email);
        phoneDigits = SearchKeys.phone(phone);
        Set<String> keys = SearchKeys.nameKeys(name);
        nameKeys.retainAll(keys);
        nameKeys.addAll(keys);
    }

    public void changeDetails(String name, String email, String phone, boolean paymentMethodValid) {
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.paymentMethodValid = paymentMethodValid;
        computeSearchKeys();
    }

    public void changeCustomFields(String accountNumber, String costCentre, String poNumber) {
        this.accountNumber = accountNumber;
        this.costCentre = costCentre;
        this.poNumber = poNumber;
    }

    public void changeStatus(CustomerStatus status) {
        this.status = status;
    }

    public Site addSite(String name, String address) {
        Site site = new Site(this, name, address);
        sites.add(site);
        return site;
    }

    public Contact addContact(String name, String email, String phone, ContactRole role) {
        Contact contact = new Contact(this, name, email, phone, role);
        contacts.add(contact);
        return contact;
    }

    /** "John Smith (ID: 123)" — how staff tell customers with the same name apart. */
    public String label() {
        return name + " (ID: " + id + ")";
    }

    public Long getId() {
        return id;
    }

    public CustomerType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public boolean isPaymentMethodValid() {
        return paymentMethodValid;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public String getCostCentre() {
        return costCentre;
    }

    public String getPoNumber() {
        return poNumber;
    }

    public List<Site> getSites() {
        return sites;
    }

    public List<Contact> getContacts() {
        return contacts;
    }
}
