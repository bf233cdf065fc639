package com.plandesk.web.screens;


import com.plandesk.catalog.Catalog;
import com.plandesk.catalog.ProductCategory;
import com.plandesk.catalog.ProductView;
import com.plandesk.customer.CustomerDirectory;
import com.plandesk.customer.CustomerType;
import com.plandesk.customer.CustomerView;
import com.plandesk.service.ServiceRecords;
import com.plandesk.service.ServiceView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The catalog screen: plans or add-ons for individual or business customers, as cards. */
@Named
@ViewScoped
public class BrowseCatalog implements Serializable {

    @Inject
    Catalog catalog;

    @Inject
    CustomerDirectory customers;

    @Inject
    ServiceRecords services;

    private Long customerId;
    private Long serviceId;
    /** Add-ons from a service: only those of its type. */
    private ServiceView service;
    private CustomerView customer;
    private ProductCategory category = ProductCategory.PLAN;
    private CustomerType customerType = CustomerType.INDIVIDUAL;
    private transient List<ProductView> products;

    /** With a customer (Add Service / Add-ons from their page) the catalog shows what fits them. */
    public void open() {
        if (customerId != null && customer == null) {
            customer = Screens.attempt(() -> customers.view(customerId));
            if (customer != null) {
                customerType = customer.type();
            }
        }
        if (serviceId != null && service == null) {
            category = ProductCategory.ADDON;
            service = Screens.attempt(() -> services.view(serviceId));
        }
        products = null;
    }

    public List<ProductView> getProducts() {
        if (products == null) {
            products = catalog.enabledProducts(category, customerType,
                    service != null && category == ProductCategory.ADDON ? service.serviceType() : null);
        }
        return products;
    }

    public void filter() {
        products = null;
    }

    public String customerTypes(ProductView product) {
        return product.customerTypes().stream().sorted().map(CustomerType::name)
                .map(t -> t.charAt(0) + t.substring(1).toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    public String requirements(ProductView product) {
        return product.inventoryRequirements().isEmpty() ? "No inventory needed" : product.inventoryRequirements()
                .stream().map(r -> r.template() + (r.required() ? " *" : ""))
                .collect(Collectors.joining(", "));
    }

    public ServiceView getService() {
        return service;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public ProductCategory getCategory() {
        return category;
    }

    public void setCategory(ProductCategory category) {
        this.category = category;
    }

    public CustomerType getCustomerType() {
        return customerType;
    }

    public void setCustomerType(CustomerType customerType) {
        this.customerType = customerType;
    }
}
