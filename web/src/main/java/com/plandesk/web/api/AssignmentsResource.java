package com.plandesk.web.api;

import com.plandesk.assignment.AssignmentRequest;
import com.plandesk.assignment.AssignmentResult;
import com.plandesk.assignment.Assignments;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

@Path("/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentsResource {

    @Inject
    Assignments assignments;

    /** 202: the provisioning runs on; poll GET /provisionings/{provisioningId}. */
    @POST
    @RolesAllowed("agent")
    public Response assign(AssignmentRequest request, @Context SecurityContext security) {
        AssignmentResult result = assignments.assign(request, security.getUserPrincipal().getName());
        return Response.accepted(result).build();
    }
}
