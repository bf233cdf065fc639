package com.plandesk.web.screens;

import com.plandesk.customer.ContactRole;
import com.plandesk.customer.CustomerDetails;
import com.plandesk.customer.CustomerDirectory;
import com.plandesk.customer.CustomerType;
import com.plandesk.customer.CustomerView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** Creating a customer, or changing one's details, custom fields, sites and contacts. */
@Named
@ViewScoped
public class EditCustomer implements Serializable {

    @Inject
    CustomerDirectory customers;

    private Long id;
    private CustomerType type = CustomerType.INDIVIDUAL;
    private String name;
    private String email;
    private String phone;
    private boolean paymentMethodValid;
    private String accountNumber;
    private String costCentre;
    private String poNumber;

    private String siteName;
    private String siteAddress;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private ContactRole contactRole = ContactRole.BILLING;
    private CustomerView customer;

    public void load() {
        if (id == null || customer != null) {
            return;
        }
        customer = Screens.attempt(() -> customers.view(id));
        if (customer != null) {
            type = customer.type();
            name = customer.name();
            email = customer.email();
            phone = customer.phone();
            paymentMethodValid = customer.paymentMethodValid();
            accountNumber = customer.accountNumber();
            costCentre = customer.costCentre();
            poNumber = customer.poNumber();
        }
    }

    public String save() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("accountNumber", accountNumber);
        fields.put("costCentre", costCentre);
        fields.put("poNumber", poNumber);
        CustomerDetails details = new CustomerDetails(type, name, email, phone, paymentMethodValid, null, null, fields);
        CustomerView saved = Screens.attempt(() -> id == null
                ? customers.create(details, Screens.user()) : customers.update(id, details, Screens.user()));
        return saved == null ? null : "/customer?faces-redirect=true&id=" + saved.id();
    }

    public void addSite() {
        CustomerView updated = Screens.attempt(() -> customers.addSite(id,
                new CustomerDetails.SiteDetails(siteName, siteAddress), Screens.user()));
        if (updated != null) {
            customer = updated;
            siteName = null;
            siteAddress = null;
            Screens.info("Site added.");
        }
    }

    public void addContact() {
        CustomerView updated = Screens.attempt(() -> customers.addContact(id,
                new CustomerDetails.ContactDetails(contactName, contactEmail, contactPhone, contactRole), Screens.user()));
        if (updated != null) {
            customer = updated;
            contactName = null;
            contactEmail = null;
            contactPhone = null;
            Screens.info("Contact added.");
        }
    }

    public boolean isBusiness() {
        return type == CustomerType.BUSINESS;
    }

    public CustomerType[] getTypes() {
        return CustomerType.values();
    }

    public ContactRole[] getRoles() {
        return ContactRole.values();
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CustomerType getType() {
        return type;
    }

    public void setType(CustomerType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isPaymentMethodValid() {
        return paymentMethodValid;
    }

    public void setPaymentMethodValid(boolean paymentMethodValid) {
        this.paymentMethodValid = paymentMethodValid;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber;
    }

    public String getCostCentre() {
        return costCentre;
    }

    public void setCostCentre(String costCentre) {
        this.costCentre = costCentre;
    }

    public String getPoNumber() {
        return poNumber;
    }

    public void setPoNumber(String poNumber) {
        this.poNumber = poNumber;
    }

    public String getSiteName() {
        return siteName;
    }

    public void setSiteName(String siteName) {
        this.siteName = siteName;
    }

    public String getSiteAddress() {
        return siteAddress;
    }

    public void setSiteAddress(String siteAddress) {
        this.siteAddress = siteAddress;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public ContactRole getContactRole() {
        return contactRole;
    }

    public void setContactRole(ContactRole contactRole) {
        this.contactRole = contactRole;
    }
}
