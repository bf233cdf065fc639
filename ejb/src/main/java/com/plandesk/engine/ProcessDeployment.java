package com.plandesk.engine;

import java.net.URL;
import java.util.Map;
import java.util.logging.Logger;
import org.camunda.bpm.container.impl.deployment.scanning.ProcessApplicationScanningUtil;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Deploys the processes and decisions of the bpmn module (its {@code processes/} folder). Duplicate filtering
 * means an unchanged file is not deployed again, while an analyst's changed file becomes a new version that
 * new provisionings use and running ones ignore.
 */
class ProcessDeployment {

    static final String ROOT = "processes";
    private static final Logger LOG = Logger.getLogger(ProcessDeployment.class.getName());

    private final ProcessEngine engine;

    ProcessDeployment(ProcessEngine engine) {
        this.engine = engine;
    }

    void deployBundledProcesses() {
        ClassLoader classLoader = ProcessDeployment.class.getClassLoader();
        Map<String, byte[]> resources = ProcessApplicationScanningUtil.findResources(classLoader, ROOT,
                (URL) null);
        if (resources.isEmpty()) {
            throw new IllegalStateException("No BPMN file found under '" + ROOT + "/': is the bpmn module in the EAR?");
        }
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name("plandesk-processes")
                .enableDuplicateFiltering(true);
        resources.forEach((name, bytes) -> deployment.addInputStream(name, new java.io.ByteArrayInputStream(bytes)));
        deployment.deploy();
        LOG.info(() -> "Processes deployed: " + resources.keySet());
    }
}
