package com.plandesk.catalog;

import com.plandesk.customer.CustomerType;
import com.plandesk.persistence.ReferenceDataCache;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.annotations.Customizer;
import org.eclipse.persistence.config.QueryHints;

/** A catalog entry: a plan or an add-on, with its price, the stock it needs and the process that provisions it. */
@Entity
@Cacheable // reference data, changed only through JPA: kept in the shared cache
@Customizer(ReferenceDataCache.class)
@Table(name = "product")
// bulk rows name their product by slug, every row: answered from EclipseLink's query results cache, which
// any change to a product clears
@NamedQuery(name = Product.BY_SLUG, query = "select p from Product p where p.slug = :slug",
        hints = @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE, value = "true"))
public class Product {

    public static final String BY_SLUG = "Product.bySlug";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_id")
    @SequenceGenerator(name = "product_id", sequenceName = "product_id_seq", allocationSize = 50)
    private Long id;

    private String slug;
    private String name;

    @Enumerated(EnumType.STRING)
    private ProductCategory category;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_customer_type", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "customer_type")
    @Enumerated(EnumType.STRING)
    private Set<CustomerType> customerTypes = EnumSet.noneOf(CustomerType.class);

    private boolean enabled;
    private BigDecimal setupFee;

    /** Monthly when {@link #recurring}, otherwise a one-off price. */
    private BigDecimal price;
    private boolean recurring;
    private String currency;
    private String processKey;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_inventory_requirement", joinColumns = @JoinColumn(name = "product_id"))
    @OrderColumn(name = "position")
    private List<InventoryRequirement> inventoryRequirements = new ArrayList<>();

    /** key=value lines, handed to the process as variables. */
    private String defaultVariables;
    /** A recurring product's term (ISO-8601); none for a one-off product, and a month when none is set. */
    private String term;
    private BigDecimal dataGb;
    private Integer voiceMinutes;
    private Integer sms;

    @Version
    private long version;

    protected Product() {
    }

    /** A new product as the catalog's details describe it, with its inventory requirements. */
    public static Product of(ProductDetails details, List<InventoryRequirement> requirements) {
        Product product = new Product();
        product.change(details, requirements);
        return product;
    }

    void change(ProductDetails details, List<InventoryRequirement> requirements) {
        this.slug = details.slug();
        this.name = details.name().trim();
        this.category = details.category();
        this.serviceType = details.serviceType();
        this.customerTypes.clear();
        this.customerTypes.addAll(details.customerTypes());
        this.enabled = !Boolean.FALSE.equals(details.enabled());
        this.setupFee = details.setupFee();
        this.recurring = details.recurring();
        this.price = details.price();
        this.currency = details.currency();
        this.processKey = details.processKey().trim();
        this.inventoryRequirements.clear();
        this.inventoryRequirements.addAll(requirements);
        this.defaultVariables = DefaultVariables.format(details.defaultVariables());
        this.term = details.recurring() ? Term.parse(details.term()).iso() : null;
        Allowances allowances = details.allowances() == null ? Allowances.NONE : details.allowances();
        this.dataGb = allowances.dataGb();
        this.voiceMinutes = allowances.voiceMinutes();
        this.sms = allowances.sms();
    }

    public Map<String, String> defaultVariables() {
        return DefaultVariables.parse(defaultVariables);
    }

    public boolean isFor(CustomerType customerType) {
        return customerTypes.contains(customerType);
    }

    public Allowances getAllowances() {
        return new Allowances(dataGb, voiceMinutes, sms);
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public ProductCategory getCategory() {
        return category;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public Set<CustomerType> getCustomerTypes() {
        return customerTypes;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public BigDecimal getSetupFee() {
        return setupFee;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public boolean isRecurring() {
        return recurring;
    }

    public String getCurrency() {
        return currency;
    }

    public String getProcessKey() {
        return processKey;
    }

    /** How long the service is paid for at a time; null for a one-off product. */
    public Term getTerm() {
        return recurring ? Term.parse(term) : null;
    }

    public List<InventoryRequirement> getInventoryRequirements() {
        return inventoryRequirements;
    }
}
