package com.plandesk.web.api;

import com.plandesk.inventory.Inventory;
import com.plandesk.inventory.ItemView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/inventory")
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

    @Inject
    Inventory inventory;

    /** Available items (NEW or IN_STOCK) of a template. */
    @GET
    @Path("items")
    public List<ItemView> availableItems(@QueryParam("template") String template) {
        return inventory.availableItems(template);
    }
}
