package com.plandesk.web.api;

import com.plandesk.catalog.ServiceType;
import com.plandesk.customer.ActivityView;
import com.plandesk.customer.CustomerDetails;
import com.plandesk.customer.CustomerDirectory;
import com.plandesk.customer.CustomerView;
import com.plandesk.inventory.Inventory;
import com.plandesk.inventory.ItemView;
import com.plandesk.service.ChargeView;
import com.plandesk.service.Charges;
import com.plandesk.service.ServiceRecords;
import com.plandesk.service.ServiceView;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomersResource {

    @Inject
    CustomerDirectory customers;

    @Inject
    ServiceRecords services;

    @Inject
    Inventory inventory;

    @Inject
    Charges charges;

    @Context
    SecurityContext security;

    /** Type-ahead: name (any part), customer ID, e-mail or phone in any common format. */
    @GET
    public List<CustomerView> search(@QueryParam("q") String query) {
        return customers.search(query);
    }

    @POST
    @RolesAllowed("agent")
    public Response create(CustomerDetails details, @Context UriInfo uri) {
        CustomerView created = customers.create(details, user());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id:\\d+}")
    public CustomerView customer(@PathParam("id") Long id) {
        return customers.view(id);
    }

    @PUT
    @Path("{id:\\d+}")
    @RolesAllowed("agent")
    public CustomerView update(@PathParam("id") Long id, CustomerDetails details) {
        return customers.update(id, details, user());
    }

    @POST
    @Path("{id:\\d+}/sites")
    @RolesAllowed("agent")
    public CustomerView addSite(@PathParam("id") Long id, CustomerDetails.SiteDetails site) {
        return customers.addSite(id, site, user());
    }

    @POST
    @Path("{id:\\d+}/contacts")
    @RolesAllowed("agent")
    public CustomerView addContact(@PathParam("id") Long id, CustomerDetails.ContactDetails contact) {
        return customers.addContact(id, contact, user());
    }

    @GET
    @Path("{id:\\d+}/services")
    public List<ServiceView> services(@PathParam("id") Long id, @QueryParam("serviceType") String serviceType) {
        customers.find(id);
        return services.ofCustomer(id, QueryValues.choice(ServiceType.class, "serviceType", serviceType));
    }

    @GET
    @Path("{id:\\d+}/items")
    public List<ItemView> items(@PathParam("id") Long id) {
        customers.find(id);
        return inventory.itemsOfCustomer(id);
    }

    @GET
    @Path("{id:\\d+}/activity")
    public List<ActivityView> activity(@PathParam("id") Long id) {
        return customers.activity(id);
    }

    /** What the OCS was asked to charge for the customer's services, newest first. */
    @GET
    @Path("{id:\\d+}/charges")
    public List<ChargeView> charges(@PathParam("id") Long id) {
        customers.find(id);
        return charges.ofCustomer(id);
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }
}
