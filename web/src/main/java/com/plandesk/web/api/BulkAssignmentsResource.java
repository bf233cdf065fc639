package com.plandesk.web.api;

import com.plandesk.batch.BulkAssignmentJobs;
import com.plandesk.bulk.BulkAssignmentView;
import com.plandesk.bulk.BulkViews;
import com.plandesk.bulk.BulkRowStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Bulk assignment from a CSV body. Query parameters other than dryRun and fileName are template settings
 * (product, auto_renew, site, …): they fill the columns a row leaves blank.
 */
@Path("/bulk-assignments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("supervisor")
public class BulkAssignmentsResource {

    private static final Set<String> OWN_PARAMETERS = Set.of("dryRun", "fileName");

    @Inject
    BulkAssignmentJobs jobs;

    @Inject
    BulkViews bulkViews;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Response submit(byte[] csv, @QueryParam("dryRun") String dryRunValue,
                           @QueryParam("fileName") String fileName, @Context UriInfo uri,
                           @Context SecurityContext security) {
        Map<String, String> defaults = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!OWN_PARAMETERS.contains(name)) {
                defaults.put(name, values.get(0));
            }
        });
        boolean dryRun = Boolean.TRUE.equals(QueryValues.flag("dryRun", dryRunValue));
        Long id = jobs.submit(fileName, csv, defaults, dryRun, security.getUserPrincipal().getName());
        return Response.accepted(Map.of("id", id))
                .location(uri.getBaseUriBuilder().path("bulk-assignments").path(String.valueOf(id)).build())
                .build();
    }

    /** Counts and a page of row results (all rows by default up to max, or those of one status). */
    @GET
    @Path("{id:\\d+}")
    public BulkAssignmentView get(@PathParam("id") Long id, @QueryParam("status") String status,
                                  @QueryParam("first") String first, @QueryParam("max") String max) {
        return bulkViews.view(id, QueryValues.choice(BulkRowStatus.class, "status", status),
                QueryValues.count("first", first, 0), Math.min(QueryValues.count("max", max, 1000), 10_000));
    }

    @GET
    @Path("{id:\\d+}/rejects.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response rejects(@PathParam("id") Long id) {
        return Response.ok(bulkViews.rejects(id))
                .header("Content-Disposition", "attachment; filename=\"bulk-" + id + "-rejects.csv\"")
                .build();
    }
}
