package com.plandesk.web.api;

import com.plandesk.provisioning.ProvisioningService;
import com.plandesk.provisioning.ProvisioningView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/provisionings")
@Produces(MediaType.APPLICATION_JSON)
public class ProvisioningsResource {

    @Inject
    ProvisioningService provisionings;

    @GET
    @Path("{id:\\d+}")
    public ProvisioningView provisioning(@PathParam("id") Long id) {
        return provisionings.view(id);
    }
}
