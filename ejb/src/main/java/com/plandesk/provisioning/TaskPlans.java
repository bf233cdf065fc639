package com.plandesk.provisioning;

import com.plandesk.engine.ProcessEngineBootstrap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/** The planned task list of each deployed process definition, read from its BPMN model once: a definition never changes. */
@ApplicationScoped
public class TaskPlans {

    private final Map<String, List<PlannedTask>> byDefinition = new ConcurrentHashMap<>();

    @Inject
    ProcessEngineBootstrap bootstrap;

    List<PlannedTask> of(ProcessDefinition definition) {
        return byDefinition.computeIfAbsent(definition.getId(), id -> TaskPlan.of(
                bootstrap.engine().getRepositoryService().getBpmnModelInstance(id), definition.getKey()));
    }
}
