package com.plandesk.web.api;

import com.plandesk.assignment.Assignments;
import com.plandesk.provisioning.LifecycleRuns;
import com.plandesk.service.ServiceCheck;
import com.plandesk.service.ServiceLifecycle.Change;
import com.plandesk.service.ServiceRecords;
import com.plandesk.service.OcsAccounts;
import com.plandesk.service.ServiceView;
import com.plandesk.kernel.PlanDeskException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;

@Path("/services")
@Produces(MediaType.APPLICATION_JSON)
public class ServicesResource {

    @Inject
    ServiceRecords services;

    @Inject
    OcsAccounts ocsAccounts;

    @Inject
    ServiceCheck serviceCheck;

    @Inject
    LifecycleRuns lifecycleRuns;

    @Inject
    Assignments assignments;

    @GET
    @Path("{id:\\d+}")
    public ServiceView service(@PathParam("id") Long id) {
        return services.view(id);
    }

    /** Switches auto-renew on or off: {"autoRenew": true | false}. */
    @PUT
    @Path("{id:\\d+}/auto-renew")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("agent")
    public ServiceView switchAutoRenew(@PathParam("id") Long id, JsonObject body, @Context SecurityContext security) {
        JsonValue value = body == null ? null : body.get("autoRenew");
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw PlanDeskException.invalid("autoRenew", "Send {\"autoRenew\": true} or {\"autoRenew\": false}.");
        }
        return services.switchAutoRenew(id, value == JsonValue.TRUE, security.getUserPrincipal().getName());
    }

    /** Suspends an active service: {"reason": "…"}; 202 with the run that bars it. */
    @POST
    @Path("{id:\\d+}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("agent")
    public Response suspend(@PathParam("id") Long id, JsonObject body, @Context SecurityContext security) {
        return started(id, Change.SUSPEND, body, security);
    }

    /** Resumes a suspended service ({"reason": "…"} optional); 202 with the run that unbars it. */
    @POST
    @Path("{id:\\d+}/resume")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("agent")
    public Response resume(@PathParam("id") Long id, JsonObject body, @Context SecurityContext security) {
        return started(id, Change.RESUME, body, security);
    }

    /** Terminates a service: {"reason": "…"}; 202 with the run that takes it down. */
    @POST
    @Path("{id:\\d+}/terminate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("agent")
    public Response terminate(@PathParam("id") Long id, JsonObject body, @Context SecurityContext security) {
        return started(id, Change.TERMINATE, body, security);
    }

    /** Moves a service assigned to the wrong customer to the right one: {"customerId": 456}; 202 with the run. */
    @POST
    @Path("{id:\\d+}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("agent")
    public Response move(@PathParam("id") Long id, JsonObject body, @Context SecurityContext security) {
        JsonValue customer = body == null ? null : body.get("customerId");
        if (!(customer instanceof JsonNumber number) || !number.isIntegral()) {
            throw PlanDeskException.invalid("customerId", "Name the customer the service moves to by its ID: "
                    + "{\"customerId\": 456}.");
        }
        var run = assignments.move(id, number.longValue(), security.getUserPrincipal().getName());
        return Response.accepted(Map.of("provisioningId", run.id(), "serviceId", id)).build();
    }

    private Response started(Long id, Change change, JsonObject body, SecurityContext security) {
        JsonValue reason = body == null ? null : body.get("reason");
        if (reason != null && reason.getValueType() != JsonValue.ValueType.STRING
                && reason.getValueType() != JsonValue.ValueType.NULL) {
            throw PlanDeskException.invalid("reason", "The reason is text, e.g. {\"reason\": \"Customer request\"}.");
        }
        String text = reason instanceof JsonString string ? string.getString() : null;
        var run = lifecycleRuns.change(id, change, text, security.getUserPrincipal().getName());
        return Response.accepted(Map.of("provisioningId", run.id(), "serviceId", id)).build();
    }

    /** The service's OCS balances, read from the OCS now. */
    @GET
    @Path("{id:\\d+}/balances")
    public Map<String, Object> balances(@PathParam("id") Long id) {
        var account = ocsAccounts.ocsAccount(id);
        return Map.of("account", account.id(), "balances", account.balances(),
                "summary", ocsAccounts.describe(account, services.find(id)));
    }

    /** Asks the OCS, the network and the records whether the service works, each answer shown. */
    @GET
    @Path("{id:\\d+}/check")
    public ServiceCheck.Report check(@PathParam("id") Long id) {
        return serviceCheck.check(id);
    }
}
