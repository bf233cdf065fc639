package com.plandesk.provisioning;

import com.plandesk.kernel.PlanDeskException;
import com.plandesk.engine.ProcessDefinitions;
import com.plandesk.engine.ProcessEngineBootstrap;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * The deployed provisioning processes, and new versions that analysts upload at run time: the engine
 * validates the file; new provisionings use the new version, running ones finish on theirs.
 */
@Stateless
@PermitAll
public class ProcessLibrary {

    public record ProcessVersion(String key, String name, int version, Instant deployedAt, long runningInstances) {
    }

    @EJB
    private ProcessEngineBootstrap bootstrap;

    @Inject
    private ProcessDefinitions processes;

    public List<ProcessVersion> latest() {
        var engine = bootstrap.engine();
        return engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
                .sorted(Comparator.comparing(ProcessDefinition::getKey))
                .map(d -> new ProcessVersion(d.getKey(), d.getName(), d.getVersion(),
                        engine.getRepositoryService().createDeploymentQuery()
                                .deploymentId(d.getDeploymentId()).singleResult().getDeploymentTime().toInstant(),
                        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(d.getKey()).count()))
                .toList();
    }

    /** Deploys a BPMN file as the new version of its process (the same file again changes nothing). */
    @RolesAllowed("analyst")
    public List<ProcessVersion> deploy(String fileName, String bpmn, String analyst) {
        if (bpmn == null || bpmn.isBlank()) {
            throw PlanDeskException.invalid("file", "The BPMN file is empty.");
        }
        String name = fileName == null || fileName.isBlank() ? "process.bpmn" : fileName.trim();
        if (!name.endsWith(".bpmn")) {
            name = name + ".bpmn";
        }
        Deployment deployment;
        processes.deploymentMade();
        try {
            deployment = bootstrap.engine().getRepositoryService().createDeployment()
                    .name("upload by " + analyst)
                    .enableDuplicateFiltering(true)
                    .addInputStream(name, new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8)))
                    .deploy();
        } catch (ParseException e) {
            throw PlanDeskException.invalid("file", "The engine refused the BPMN file: " + e.getMessage());
        } catch (ProcessEngineException e) {
            throw PlanDeskException.invalid("file", "The engine refused the BPMN file: " + e.getMessage());
        }
        List<String> keys = bootstrap.engine().getRepositoryService().createProcessDefinitionQuery()
                .deploymentId(deployment.getId()).list().stream().map(ProcessDefinition::getKey).toList();
        return latest().stream().filter(v -> keys.isEmpty() || keys.contains(v.key())).toList();
    }
}
