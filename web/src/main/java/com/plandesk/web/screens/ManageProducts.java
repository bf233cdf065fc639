package com.plandesk.web.screens;

import com.plandesk.catalog.Catalog;
import com.plandesk.catalog.Allowances;
import com.plandesk.catalog.DefaultVariables;
import com.plandesk.catalog.ProductCategory;
import com.plandesk.catalog.ProductDetails;
import com.plandesk.catalog.ProductView;
import com.plandesk.catalog.ServiceType;
import com.plandesk.customer.CustomerType;
import com.plandesk.inventory.Inventory;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Product management for admins: every product, and a form to create or edit one. */
@Named
@ViewScoped
public class ManageProducts implements Serializable {

    @Inject
    Catalog catalog;

    @Inject
    Inventory inventory;

    private List<ProductView> products;
    private List<String> templates;

    private Long editedId;
    private String slug;
    private String name;
    private ProductCategory category = ProductCategory.PLAN;
    private ServiceType serviceType = ServiceType.MOBILE;
    /** Names, as the check boxes send them. */
    private List<String> customerTypes = new ArrayList<>(List.of("INDIVIDUAL"));
    private boolean enabled = true;
    private BigDecimal setupFee = BigDecimal.ZERO;
    private boolean recurring = true;
    private BigDecimal price;
    private String currency = "GBP";
    private String processKey;
    private String term;
    private BigDecimal dataGb;
    private Integer voiceMinutes;
    private Integer sms;
    private List<String> requiredTemplates = new ArrayList<>();
    private List<String> optionalTemplates = new ArrayList<>();
    private String defaultVariables;

    @PostConstruct
    void init() {
        products = catalog.allProducts();
        templates = inventory.templateNames();
    }

    public void startNew() {
        editedId = null;
        slug = null;
        name = null;
        category = ProductCategory.PLAN;
        serviceType = ServiceType.MOBILE;
        customerTypes = new ArrayList<>(List.of("INDIVIDUAL"));
        enabled = true;
        setupFee = BigDecimal.ZERO;
        recurring = true;
        price = null;
        currency = "GBP";
        processKey = null;
        term = null;
        dataGb = null;
        voiceMinutes = null;
        sms = null;
        requiredTemplates = new ArrayList<>();
        optionalTemplates = new ArrayList<>();
        defaultVariables = null;
    }

    public void edit(ProductView product) {
        editedId = product.id();
        slug = product.slug();
        name = product.name();
        category = product.category();
        serviceType = product.serviceType();
        customerTypes = new ArrayList<>(product.customerTypes().stream().map(Enum::name).toList());
        enabled = product.enabled();
        setupFee = product.setupFee();
        recurring = product.recurringPrice() != null;
        price = recurring ? product.recurringPrice() : product.oneOffPrice();
        currency = product.currency();
        processKey = product.processKey();
        term = product.term();
        Allowances allowances = product.allowances() == null ? Allowances.NONE : product.allowances();
        dataGb = allowances.dataGb();
        voiceMinutes = allowances.voiceMinutes();
        sms = allowances.sms();
        requiredTemplates = new ArrayList<>(product.inventoryRequirements().stream()
                .filter(ProductView.Requirement::required).map(ProductView.Requirement::template).toList());
        optionalTemplates = new ArrayList<>(product.inventoryRequirements().stream()
                .filter(r -> !r.required()).map(ProductView.Requirement::template).toList());
        defaultVariables = DefaultVariables.format(product.defaultVariables());
    }

    public void save() {
        List<ProductDetails.Requirement> requirements = new ArrayList<>();
        requiredTemplates.forEach(t -> requirements.add(new ProductDetails.Requirement(t, true)));
        optionalTemplates.forEach(t -> requirements.add(new ProductDetails.Requirement(t, false)));
        Map<String, String> variables = DefaultVariables.parse(defaultVariables);
        Set<CustomerType> types = customerTypes.isEmpty() ? Set.of()
                : EnumSet.copyOf(customerTypes.stream().map(CustomerType::valueOf).toList());
        ProductDetails details = new ProductDetails(slug, name, category, serviceType, types, enabled, setupFee,
                recurring, price, currency, processKey, requirements, variables,
                recurring && term != null && !term.isBlank() ? term : null,
                new Allowances(dataGb, voiceMinutes, sms));
        ProductView saved = Screens.attempt(() -> editedId == null
                ? catalog.create(details) : catalog.update(editedId, details));
        if (saved != null) {
            Screens.info(saved.name() + " saved" + (saved.enabled() ? "." : " (disabled: not in the catalog)."));
            products = catalog.allProducts();
            editedId = saved.id();
        }
    }

    public ProductCategory[] getCategories() {
        return ProductCategory.values();
    }

    public ServiceType[] getServiceTypes() {
        return ServiceType.values();
    }

    public CustomerType[] getAllCustomerTypes() {
        return CustomerType.values();
    }

    public List<ProductView> getProducts() {
        return products;
    }

    public List<String> getTemplates() {
        return templates;
    }

    public Long getEditedId() {
        return editedId;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProductCategory getCategory() {
        return category;
    }

    public void setCategory(ProductCategory category) {
        this.category = category;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public void setServiceType(ServiceType serviceType) {
        this.serviceType = serviceType;
    }

    public List<String> getCustomerTypes() {
        return customerTypes;
    }

    public void setCustomerTypes(List<String> customerTypes) {
        this.customerTypes = customerTypes;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public BigDecimal getSetupFee() {
        return setupFee;
    }

    public void setSetupFee(BigDecimal setupFee) {
        this.setupFee = setupFee;
    }

    public boolean isRecurring() {
        return recurring;
    }

    public void setRecurring(boolean recurring) {
        this.recurring = recurring;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getProcessKey() {
        return processKey;
    }

    public void setProcessKey(String processKey) {
        this.processKey = processKey;
    }

    public List<String> getRequiredTemplates() {
        return requiredTemplates;
    }

    public void setRequiredTemplates(List<String> requiredTemplates) {
        this.requiredTemplates = requiredTemplates;
    }

    public List<String> getOptionalTemplates() {
        return optionalTemplates;
    }

    public void setOptionalTemplates(List<String> optionalTemplates) {
        this.optionalTemplates = optionalTemplates;
    }

    public String getDefaultVariables() {
        return defaultVariables;
    }

    public void setDefaultVariables(String defaultVariables) {
        this.defaultVariables = defaultVariables;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public BigDecimal getDataGb() {
        return dataGb;
    }

    public void setDataGb(BigDecimal dataGb) {
        this.dataGb = dataGb;
    }

    public Integer getVoiceMinutes() {
        return voiceMinutes;
    }

    public void setVoiceMinutes(Integer voiceMinutes) {
        this.voiceMinutes = voiceMinutes;
    }

    public Integer getSms() {
        return sms;
    }

    public void setSms(Integer sms) {
        this.sms = sms;
    }
}
