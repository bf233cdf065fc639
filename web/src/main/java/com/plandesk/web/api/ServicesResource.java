package com.plandesk.web.api;

import com.plandesk.service.ServiceRecords;
import com.plandesk.service.ServiceView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/services")
@Produces(MediaType.APPLICATION_JSON)
public class ServicesResource {

    @Inject
    ServiceRecords services;

    @GET
    @Path("{id:\\d+}")
    public ServiceView service(@PathParam("id") Long id) {
        return services.view(id);
    }
}
