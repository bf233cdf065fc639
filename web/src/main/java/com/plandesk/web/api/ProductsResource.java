package com.plandesk.web.api;

import com.plandesk.catalog.Catalog;
import com.plandesk.catalog.ProductCategory;
import com.plandesk.catalog.ProductView;
import com.plandesk.catalog.ServiceType;
import com.plandesk.customer.CustomerType;
import com.plandesk.platform.PlanDeskException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductsResource {

    @Inject
    Catalog catalog;

    @GET
    public List<ProductView> enabledProducts(@QueryParam("category") String category,
                                             @QueryParam("customerType") String customerType,
                                             @QueryParam("serviceType") String serviceType) {
        return catalog.enabledProducts(parse(ProductCategory.class, "category", category),
                parse(CustomerType.class, "customerType", customerType),
                parse(ServiceType.class, "serviceType", serviceType));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw PlanDeskException.invalid(field, "Unknown " + field + " '" + value + "': use one of "
                    + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }
}
