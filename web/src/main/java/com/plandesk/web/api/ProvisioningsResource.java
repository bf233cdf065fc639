package com.plandesk.web.api;

import com.plandesk.provisioning.ProvisioningLogView;
import com.plandesk.provisioning.ProvisioningActions;
import com.plandesk.provisioning.ProvisioningQueries;
import com.plandesk.provisioning.ProvisioningStatus;
import com.plandesk.provisioning.ProvisioningSummary;
import com.plandesk.provisioning.ProvisioningView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

@Path("/provisionings")
@Produces(MediaType.APPLICATION_JSON)
public class ProvisioningsResource {

    static final int QUEUE_SIZE = 200;

    @Inject
    ProvisioningQueries provisionings;

    @Inject
    ProvisioningActions actions;

    @Context
    SecurityContext security;

    /** The queue: newest first, of one status or all; ?bulk=true only bulk runs' work, false only the rest. */
    @GET
    public List<ProvisioningSummary> queue(@QueryParam("status") String status, @QueryParam("bulk") String bulk) {
        return provisionings.queue(QueryValues.choice(ProvisioningStatus.class, "status", status),
                QueryValues.flag("bulk", bulk), QUEUE_SIZE);
    }

    /** Polled every 0.2 s while staff watch: tasks with their states, done / total, the error. */
    @GET
    @Path("{id:\\d+}")
    public ProvisioningView provisioning(@PathParam("id") Long id) {
        return provisionings.view(id);
    }

    @POST
    @Path("{id:\\d+}/retry")
    @RolesAllowed("agent")
    public ProvisioningView retry(@PathParam("id") Long id) {
        return actions.retry(id, security.getUserPrincipal().getName());
    }

    @POST
    @Path("{id:\\d+}/cancel")
    @RolesAllowed("agent")
    public ProvisioningView cancel(@PathParam("id") Long id) {
        return actions.cancel(id, security.getUserPrincipal().getName());
    }

    @GET
    @Path("{id:\\d+}/log")
    public List<ProvisioningLogView> log(@PathParam("id") Long id) {
        return provisionings.log(id);
    }
}
