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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "customer")
public class Customer {

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

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Site> sites = new ArrayList<>();

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL)
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
