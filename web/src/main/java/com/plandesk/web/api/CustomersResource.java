package com.plandesk.web.api;

import com.plandesk.customer.CustomerDirectory;
import com.plandesk.customer.CustomerView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomersResource {

    @Inject
    CustomerDirectory customers;

    @GET
    public List<CustomerView> search(@QueryParam("q") String query) {
        return customers.search(query);
    }

    @GET
    @Path("{id:\\d+}")
    public CustomerView customer(@PathParam("id") Long id) {
        return customers.view(id);
    }
}
