package com.plandesk.engine;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
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

    /** Deploys them, and answers their fingerprint: nodes that deployed the same files have the same one. */
    String deployBundledProcesses() {
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
        return fingerprint(resources);
    }

    private static String fingerprint(Map<String, byte[]> resources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(resources).forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
