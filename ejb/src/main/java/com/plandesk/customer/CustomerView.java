package com.plandesk.customer;

import java.util.List;

public record CustomerView(Long id, String label, CustomerType type, String name, String email, String phone,
                           CustomerStatus status, boolean paymentMethodValid, String accountNumber,
                           String costCentre, String poNumber, List<SiteView> sites, List<ContactView> contacts) {

    public record SiteView(Long id, String name, String address, String label) {
    }

    public record ContactView(Long id, String name, String email, String phone, ContactRole role) {
    }

    public static CustomerView of(Customer c) {
        return new CustomerView(c.getId(), c.label(), c.getType(), c.getName(), c.getEmail(), c.getPhone(),
                c.getStatus(), c.isPaymentMethodValid(), c.getAccountNumber(), c.getCostCentre(), c.getPoNumber(),
                c.getSites().stream().map(s -> new SiteView(s.getId(), s.getName(), s.getAddress(), s.label()))
                        .toList(),
                c.getContacts().stream()
                        .map(k -> new ContactView(k.getId(), k.getName(), k.getEmail(), k.getPhone(), k.getRole()))
                        .toList());
    }
}
