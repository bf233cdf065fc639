package com.plandesk.catalog;

import com.plandesk.customer.CustomerType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Reads the product catalog. */
@Stateless
@PermitAll
public class Catalog {

    @PersistenceContext
    private EntityManager em;

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
}
