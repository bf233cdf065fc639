package com.plandesk.web.api;

import com.plandesk.connector.simulator.SimulatorControl;
import com.plandesk.connector.simulator.SimulatorMode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** The simulated OCS and network: {"mode": "ok" | "fail" | "error" | "hang" | "late"}, to rehearse failures. */
@Path("/simulators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SimulatorsResource {

    @Inject
    SimulatorControl simulators;

    public record ModeChange(String mode) {
    }

    @GET
    public Map<String, SimulatorMode> modes() {
        return simulators.modes();
    }

    @PUT
    @Path("{system}")
    @RolesAllowed("admin")
    public Map<String, SimulatorMode> setMode(@PathParam("system") String system, ModeChange change) {
        return simulators.setMode(system, change == null ? null : change.mode());
    }
}
