package com.plandesk.web.api;

import com.plandesk.provisioning.ProcessLibrary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** The deployed processes; analysts upload new versions (BPMN XML body, ?name=provisionIptvPlan.bpmn). */
@Path("/processes")
@Produces(MediaType.APPLICATION_JSON)
public class ProcessesResource {

    @Inject
    ProcessLibrary processes;

    @GET
    public List<ProcessLibrary.ProcessVersion> latest() {
        return processes.latest();
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/bpmn+xml", MediaType.TEXT_PLAIN})
    @RolesAllowed("analyst")
    public List<ProcessLibrary.ProcessVersion> deploy(@QueryParam("name") String name, String bpmn,
                                                      @Context SecurityContext security) {
        return processes.deploy(name, bpmn, security.getUserPrincipal().getName());
    }
}
