package com.plandesk.web.screens;

import com.plandesk.connector.ocs.OcsConnector;
import com.plandesk.connector.ocs.OcsHealth;
import com.plandesk.connector.simulator.SimulatorControl;
import com.plandesk.connector.simulator.SimulatorMode;
import com.plandesk.kernel.Settings;
import com.plandesk.provisioning.ProcessLibrary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/** The simulated OCS and network (admins rehearse failures) and the deployed processes (analysts upload). */
@Named
@RequestScoped
public class ManageSystems {

    @Inject
    SimulatorControl simulators;

    @Inject
    ProcessLibrary processes;

    @Inject
    OcsConnector ocs;

    private OcsHealth ocsHealth;

    /** Whether the OCS answers now (asked once per page view): with a real CGRateS, all the screen shows of it. */
    public OcsHealth getOcsHealth() {
        if (ocsHealth == null) {
            ocsHealth = ocs.health();
        }
        return ocsHealth;
    }

    /** The bundled CGRateS simulator answers, not a real OCS: its failure switches are offered. */
    public boolean isOcsSimulated() {
        return Settings.ocsSimulatorPort() > 0;
    }

    public Map<String, SimulatorMode> getModes() {
        return simulators.modes();
    }

    public SimulatorMode[] getAllModes() {
        return SimulatorMode.values();
    }

    public void setMode(String system, SimulatorMode mode) {
        Map<String, SimulatorMode> modes = Screens.attempt(() -> simulators.setMode(system, mode.name()));
        if (modes != null) {
            Screens.info("The " + (SimulatorControl.OCS.equals(system) ? "OCS" : "network") + " simulator is now "
                    + mode + ".");
        }
    }

    public List<ProcessLibrary.ProcessVersion> getProcesses() {
        return processes.latest();
    }

    public void upload(FileUploadEvent event) throws IOException {
        String bpmn = new String(event.getFile().getContent(), StandardCharsets.UTF_8);
        List<ProcessLibrary.ProcessVersion> deployed = Screens.attempt(() ->
                processes.deploy(event.getFile().getFileName(), bpmn, Screens.user()));
        if (deployed != null) {
            Screens.info("Deployed: " + String.join(", ", deployed.stream()
                    .map(v -> v.key() + " version " + v.version()).toList())
                    + ". New provisionings use it; running ones finish on their own version.");
        }
    }

    public boolean isAdmin() {
        return Screens.isUserInRole("admin");
    }

    public boolean isAnalyst() {
        return Screens.isUserInRole("analyst");
    }
}
