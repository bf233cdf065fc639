package com.plandesk.web.api;

import com.plandesk.catalog.Catalog;
import com.plandesk.catalog.ProductCategory;
import com.plandesk.catalog.ProductDetails;
import com.plandesk.catalog.ProductView;
import com.plandesk.catalog.ServiceType;
import com.plandesk.customer.CustomerType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductsResource {

    @Inject
    Catalog catalog;

    @GET
    public List<ProductView> enabledProducts(@QueryParam("category") String category,
                                             @QueryParam("customerType") String customerType,
                                             @QueryParam("serviceType") String serviceType) {
        return catalog.enabledProducts(QueryValues.choice(ProductCategory.class, "category", category),
                QueryValues.choice(CustomerType.class, "customerType", customerType),
                QueryValues.choice(ServiceType.class, "serviceType", serviceType));
    }

    @GET
    @Path("{id:\\d+}")
    public ProductView product(@PathParam("id") Long id) {
        return catalog.view(id);
    }

    @POST
    @RolesAllowed("admin")
    public Response create(ProductDetails details, @Context UriInfo uri) {
        ProductView created = catalog.create(details);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id:\\d+}")
    @RolesAllowed("admin")
    public ProductView update(@PathParam("id") Long id, ProductDetails details) {
        return catalog.update(id, details);
    }
}
