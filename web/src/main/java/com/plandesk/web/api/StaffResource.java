package com.plandesk.web.api;

import com.plandesk.kernel.PlanDeskException;
import com.plandesk.staff.NewStaffUser;
import com.plandesk.staff.SignInView;
import com.plandesk.staff.SignIns;
import com.plandesk.staff.StaffAccounts;
import com.plandesk.staff.StaffChange;
import com.plandesk.staff.StaffUserView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Staff accounts, for admins: the staff, adding one, disabling and enabling, a password reset, roles; the audit
 * trail of those changes and the record of sign-ins.
 */
@Path("/staff")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class StaffResource {

    private static final int MOST = 1000;

    @Inject
    StaffAccounts accounts;

    @Inject
    SignIns signIns;

    @GET
    public List<StaffUserView> list() {
        return accounts.list();
    }

    /** {"username": "jo", "password": "…", "roles": ["agent"]}: 201 with the account. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(JsonObject body, @Context SecurityContext security) {
        StaffUserView added = accounts.add(new NewStaffUser(text(body, "username"), text(body, "password"),
                roles(body)), actor(security));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @POST
    @Path("{username}/disable")
    public StaffUserView disable(@PathParam("username") String username, @Context SecurityContext security) {
        return accounts.setEnabled(username, false, actor(security));
    }

    @POST
    @Path("{username}/enable")
    public StaffUserView enable(@PathParam("username") String username, @Context SecurityContext security) {
        return accounts.setEnabled(username, true, actor(security));
    }

    /** {"password": "…"}: the user must change it at the next sign-in. */
    @POST
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffUserView resetPassword(@PathParam("username") String username, JsonObject body,
                                       @Context SecurityContext security) {
        return accounts.resetPassword(username, text(body, "password"), actor(security));
    }

    /** {"roles": ["agent", "supervisor"]}. */
    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffUserView changeRoles(@PathParam("username") String username, JsonObject body,
                                     @Context SecurityContext security) {
        return accounts.changeRoles(username, roles(body), actor(security));
    }

    /** The audit trail of staff accounts, newest first (?limit=, 100 unless said, at most 1,000). */
    @GET
    @Path("/changes")
    public List<StaffChange.View> changes(@QueryParam("limit") String limit) {
        return accounts.changes(limit(limit));
    }

    /** The latest sign-ins, refused or not, newest first (?user= one user's; ?limit= as above). */
    @GET
    @Path("/sign-ins")
    public List<SignInView> signIns(@QueryParam("user") String user, @QueryParam("limit") String limit) {
        return signIns.latest(user == null || user.isBlank() ? null : user, limit(limit));
    }

    private static int limit(String value) {
        int limit = QueryValues.count("limit", value, 100);
        if (limit < 1 || limit > MOST) {
            throw PlanDeskException.invalid("limit", "limit must be between 1 and " + MOST + ".");
        }
        return limit;
    }

    private static String actor(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    private static String text(JsonObject body, String field) {
        JsonValue value = body == null ? null : body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw PlanDeskException.invalid(field, field + " must be text.");
        }
        return text.getString();
    }

    private static Set<String> roles(JsonObject body) {
        JsonValue value = body == null ? null : body.get("roles");
        if (value == null || value == JsonValue.NULL) {
            return Set.of();
        }
        if (!(value instanceof JsonArray array) || !array.stream().allMatch(JsonString.class::isInstance)) {
            throw PlanDeskException.invalid("roles", "roles must be a list of role names, e.g. [\"agent\"].");
        }
        Set<String> roles = new LinkedHashSet<>();
        array.getValuesAs(JsonString.class).forEach(role -> roles.add(role.getString()));
        return roles;
    }
}
