package com.plandesk.web.api;

import com.plandesk.service.ServiceCheck;
import com.plandesk.service.ServiceRecords;
import com.plandesk.service.OcsAccounts;
import com.plandesk.service.ServiceView;
import com.plandesk.kernel.PlanDeskException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
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

    /** The service's OCS balances, read from the OCS now. */
    @GET
    @Path("{id:\\d+}/balances")
    public Map<String, Object> balances(@PathParam("id") Long id) {
        var account = ocsAccounts.ocsAccount(id);
        return Map.of("account", account.id(), "balances", account.balances(), "summary", account.describeBalances());
    }

    /** Asks the OCS, the network and the records whether the service works, each answer shown. */
    @GET
    @Path("{id:\\d+}/check")
    public ServiceCheck.Report check(@PathParam("id") Long id) {
        return serviceCheck.check(id);
    }
}
