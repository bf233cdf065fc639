package com.plandesk.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An installation location of a business customer. */
@Entity
@Table(name = "site")
public class Site {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "site_id")
    @SequenceGenerator(name = "site_id", sequenceName = "site_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    private String name;
    private String address;

    protected Site() {
    }

    Site(Customer customer, String name, String address) {
        this.customer = customer;
        this.name = name;
        this.address = address;
    }

    /** "London Office - 123 Main St". */
    public String label() {
        return address == null ? name : name + " - " + address;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }
}
