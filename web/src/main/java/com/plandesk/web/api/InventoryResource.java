package com.plandesk.web.api;

import com.plandesk.inventory.Inventory;
import com.plandesk.inventory.StockAdmin;
import com.plandesk.inventory.ItemImportResult;
import com.plandesk.inventory.ItemStatus;
import com.plandesk.inventory.ItemView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

@Path("/inventory")
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

    @Inject
    Inventory inventory;


    @Inject

    StockAdmin stock;

    public record NewItem(String template, String reference, String identifier, ItemStatus status) {
    }

    public record StatusChange(ItemStatus status) {
    }

    @GET
    @Path("templates")
    public List<String> templates() {
        return inventory.templateNames();
    }

    /** Available items (NEW or IN_STOCK, not reserved) of a template. */
    @GET
    @Path("items")
    public List<ItemView> availableItems(@QueryParam("template") String template) {
        return inventory.availableItems(template);
    }

    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response add(NewItem item, @Context UriInfo uri) {
        if (item == null) {
            return ErrorMappers.error(400, "invalid_request", "Send the item as a JSON object.", null);
        }
        ItemView added = stock.addItem(item.template(), item.reference(), item.identifier(), item.status());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
                .entity(Map.of("id", added.id())).build();
    }

    /** Stock from a CSV file (template,reference,identifier,status): a result per line. */
    @POST
    @Path("items/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed("admin")
    public ItemImportResult importItems(String csv) {
        return stock.importItems(csv);
    }

    /** A modem due back from a customer whose service ended was returned. */
    @POST
    @Path("items/{id:\\d+}/returned")
    @RolesAllowed("agent")
    public ItemView returned(@PathParam("id") Long id) {
        return stock.confirmReturned(id);
    }

    @PUT
    @Path("items/{id:\\d+}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public ItemView changeStatus(@PathParam("id") Long id, StatusChange change) {
        return stock.changeStatus(id, change == null ? null : change.status());
    }
}
