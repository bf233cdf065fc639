package com.plandesk.catalog;

import com.plandesk.customer.CustomerType;
import com.plandesk.engine.ProcessDefinitions;
import com.plandesk.inventory.Inventory;
import com.plandesk.kernel.BeanValidation;
import com.plandesk.kernel.Found;
import com.plandesk.kernel.PlanDeskException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The product catalog: what staff may assign, and its management by admins. */
@Stateless
@PermitAll
public class Catalog {

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,59}");

    @Inject
    private EntityManager em;

    @Inject
    private Inventory inventory;

    @Inject
    private ProcessDefinitions processes;

    @Inject
    private BeanValidation validation;

    /** Enabled products, narrowed by each filter that is given (null = any). */
    public List<ProductView> enabledProducts(ProductCategory category, CustomerType customerType,
                                             ServiceType serviceType) {
        // Filters are added only when given: an "(:x is null or …)" parameter has no type on PostgreSQL.
        StringBuilder jpql = new StringBuilder("select p from Product p where p.enabled = true");
        if (category != null) {
            jpql.append(" and p.category = :category");
        }
        if (serviceType != null) {
            jpql.append(" and p.serviceType = :serviceType");
        }
        TypedQuery<Product> query = em.createQuery(jpql.append(" order by p.category, p.name").toString(),
                Product.class);
        if (category != null) {
            query.setParameter("category", category);
        }
        if (serviceType != null) {
            query.setParameter("serviceType", serviceType);
        }
        return query.getResultStream()
                .filter(p -> customerType == null || p.isFor(customerType))
                .map(ProductView::of)
                .toList();
    }

    /** Every product, disabled ones too (product management). */
    public List<ProductView> allProducts() {
        return em.createQuery("select p from Product p order by p.category, p.name", Product.class)
                .getResultStream().map(ProductView::of).toList();
    }

    public Product find(Long productId) {
        Product product = productId == null ? null : em.find(Product.class, productId);
        if (product == null) {
            throw PlanDeskException.notFound("productId", "Product " + productId
                    + " does not exist: choose a product from the catalog.");
        }
        return product;
    }

    /** A product by its slug, as bulk files name products. */
    public Product findBySlug(String slug) {
        return lookUp(slug).orThrow();
    }

    /** {@link #findBySlug}, with a refusal handed back instead of thrown. */
    public Found<Product> lookUp(String slug) {
        String wanted = slug == null ? "" : slug.trim();
        if (wanted.isEmpty()) {
            return Found.refused(PlanDeskException.invalid("product", "The product is missing: give the product's "
                    + "slug (e.g. mobile-20gb) in the product column or in the template settings."));
        }
        return em.createNamedQuery(Product.BY_SLUG, Product.class)
                .setParameter("slug", wanted)
                .getResultStream().findFirst().map(Found::of)
                .orElseGet(() -> Found.refused(PlanDeskException.notFound("product", "No product has the slug '"
                        + wanted + "': use a slug from the catalog (" + em.createQuery(
                                "select p.slug from Product p where p.enabled = true order by p.slug", String.class)
                        .getResultStream().collect(java.util.stream.Collectors.joining(", ")) + ").")));
    }

    public ProductView view(Long productId) {
        return ProductView.of(find(productId));
    }

    @RolesAllowed("admin")
    public ProductView create(ProductDetails details) {
        List<InventoryRequirement> requirements = check(details, null);
        Product product = Product.of(details, requirements);
        em.persist(product);
        em.flush();
        return ProductView.of(product);
    }

    /** A disabled product leaves the catalog; services already given keep running. */
    @RolesAllowed("admin")
    public ProductView update(Long productId, ProductDetails details) {
        Product product = find(productId);
        List<InventoryRequirement> requirements = check(details, productId);
        product.change(details, requirements);
        em.flush();
        return ProductView.of(product);
    }

    private List<InventoryRequirement> check(ProductDetails details, Long productId) {
        validation.check(details, "Send the product as a JSON object.");
        boolean slugTaken = em.createQuery("select p.id from Product p where p.slug = :slug", Long.class)
                .setParameter("slug", details.slug()).getResultStream().anyMatch(id -> !id.equals(productId));
        if (slugTaken) {
            throw PlanDeskException.conflict("slug", "Another product already has the slug '" + details.slug() + "'.");
        }
        if (!processes.isDeployed(details.processKey().trim())) {
            throw PlanDeskException.notAllowed("processKey", "No process '" + details.processKey()
                    + "' is deployed: use the key of a deployed BPMN process (" + String.join(", ",
                    processes.deployedKeys()) + ").");
        }
        if (details.term() != null && !details.recurring()) {
            throw PlanDeskException.invalid("term", "A one-off product has no term: leave term out, or make the "
                    + "product recurring.");
        }
        Term.parse(details.term());
        Map<String, String> variables = details.defaultVariables() == null ? Map.of() : details.defaultVariables();
        variables.keySet().stream().filter(k -> k == null || !VARIABLE_NAME.matcher(k).matches()).findFirst()
                .ifPresent(k -> {
                    throw PlanDeskException.invalid("defaultVariables", "'" + k + "' is not a valid variable name:"
                            + " use letters, digits and _.");
                });
        Set<String> templates = new HashSet<>();
        List<ProductDetails.Requirement> given = details.inventoryRequirements() == null
                ? List.of() : details.inventoryRequirements();
        return given.stream().map(r -> {
            if (!templates.add(r.template().trim())) {
                throw PlanDeskException.invalid("inventoryRequirements", "List the template " + r.template() + " once.");
            }
            return new InventoryRequirement(inventory.template(r.template()), r.required());
        }).toList();
    }
}
