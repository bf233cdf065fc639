package com.plandesk.web.api;

import com.plandesk.inventory.Inventory;
import com.plandesk.inventory.Reservations;
import com.plandesk.inventory.ReservationView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** Holding items while an assignment is being put together (default 15 minutes). */
@Path("/reservations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReservationsResource {

    @Inject
    Inventory inventory;


    @Inject

    Reservations reservations;

    public record NewReservation(List<Long> itemIds, Integer holdSeconds) {
    }

    /** 201 {token, expiresAt, items}; 409 naming the items someone else holds (then nothing is held). */
    @POST
    @RolesAllowed("agent")
    public Response reserve(NewReservation request, @Context SecurityContext security) {
        ReservationView reservation = reservations.reserve(request == null ? null : request.itemIds(),
                request == null ? null : request.holdSeconds(), security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(reservation).build();
    }

    @DELETE
    @Path("{token}")
    @RolesAllowed("agent")
    public Response release(@PathParam("token") String token) {
        reservations.release(token);
        return Response.noContent().build();
    }
}
