package com.plandesk.connector.simulator;

import com.plandesk.kernel.PlanDeskException;
import com.plandesk.kernel.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Admins switch the simulated OCS and network between ok, fail, error, hang and late to rehearse failures. */
@Stateless
public class SimulatorControl {

    public static final String OCS = "ocs";
    public static final String NETWORK = "network";

    @EJB
    private CgratesSimulator ocs;

    @Inject
    private NetworkSimulator network;

    @PermitAll
    public Map<String, SimulatorMode> modes() {
        Map<String, SimulatorMode> modes = new LinkedHashMap<>();
        modes.put(OCS, ocs.mode());
        modes.put(NETWORK, network.mode());
        return modes;
    }

    @RolesAllowed("admin")
    public Map<String, SimulatorMode> setMode(String system, String mode) {
        SimulatorMode newMode;
        try {
            newMode = SimulatorMode.valueOf(mode == null ? "" : mode.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlanDeskException.invalid("mode", "Unknown mode '" + mode + "': use ok, fail, error, hang or late.");
        }
        switch (system == null ? "" : system) {
            case OCS -> {
                if (Settings.ocsSimulatorPort() == 0) {
                    throw PlanDeskException.conflict("system", "The OCS is a real CGRateS (PLANDESK_OCS_URL): there is "
                            + "no simulator to switch. The Systems screen shows whether it answers.");
                }
                ocs.setMode(newMode);
            }
            case NETWORK -> network.setMode(newMode);
            default -> throw PlanDeskException.notFound("system", "There is no simulator '" + system
                    + "': use ocs or network.");
        }
        return modes();
    }
}
