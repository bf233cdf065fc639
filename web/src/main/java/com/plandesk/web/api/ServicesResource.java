package com.plandesk.web.api;

import com.plandesk.service.ServiceCheck;
import com.plandesk.service.ServiceRecords;
import com.plandesk.service.OcsAccounts;
import com.plandesk.service.ServiceView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
