package com.plandesk.engine;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * The deployed processes. The latest definition of each key is looked up once (every assignment needs it; a bulk
 * run, thousands of times) and forgotten when a deployment commits.
 */
@ApplicationScoped
public class ProcessDefinitions {

    private final Map<String, ProcessDefinition> latest = new ConcurrentHashMap<>();
    /** Deployments committed since start: a lookup that raced one is not remembered. */
    private final AtomicLong deployments = new AtomicLong();

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The latest version of a process, if one is deployed. */
    public Optional<ProcessDefinition> latest(String processKey) {
        ProcessDefinition known = latest.get(processKey);
        if (known != null) {
            return Optional.of(known);
        }
        long before = deployments.get();
        ProcessDefinition definition = repository().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        if (definition != null && deployments.get() == before) {
            latest.put(processKey, definition);
        }
        return Optional.ofNullable(definition);
    }

    public boolean isDeployed(String processKey) {
        return latest(processKey).isPresent();
    }

    public List<String> deployedKeys() {
        return repository().createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).sorted().toList();
    }

    /** A deployment in this transaction: once it completes, each process's latest version is looked up again. */
    public void deploymentMade() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                deployments.incrementAndGet();
                latest.clear();
            }
        });
    }

    private RepositoryService repository() {
        return bootstrap.engine().getRepositoryService();
    }
}
