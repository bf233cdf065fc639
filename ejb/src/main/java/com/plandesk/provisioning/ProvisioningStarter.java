package com.plandesk.provisioning;

import com.plandesk.engine.CounterFirst;
import com.plandesk.engine.ProcessDefinitions;
import com.plandesk.engine.ProcessEngineBootstrap;
import com.plandesk.inventory.ItemView;
import com.plandesk.kernel.PlanDeskException;
import com.plandesk.service.Service;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Starts provisionings: plans the task list from the BPMN model and starts the process, in the caller's
 * transaction, so a refused assignment starts nothing.
 */
@Stateless
@PermitAll
public class ProvisioningStarter {

    @Inject
    private EntityManager em;

    @Inject
    private ProcessEngineBootstrap bootstrap;

    @Inject
    private ProcessDefinitions processes;

    @Inject
    private TaskPlans plans;

    /** Refuses, with a message staff can act on, a process key that has no deployed process. */
    public void checkDeployed(String processKey) {
        deployed(processKey);
    }

    /**
     * Plans the task list (a called plan process listed in place of its call) and starts the process. The items
     * the assignment holds for the service name the tasks that will assign them.
     */
    public Provisioning start(Long assignmentId, Service service, Long productId, String processKey,
                              Map<String, ?> extraVariables, Long bulkAssignmentId, List<ItemView> held) {
        ProcessDefinition definition = deployed(processKey);
        Map<String, Object> variables = new HashMap<>(extraVariables);
        variables.putAll(Map.of(ProvisioningVariables.SERVICE_ID, service.getId(),
                ProvisioningVariables.CUSTOMER_ID, service.getCustomerId(),
                ProvisioningVariables.ASSIGNMENT_ID, assignmentId, ProvisioningVariables.PRODUCT_ID, productId));
        List<PlannedTask> plan = new ArrayList<>();
        for (PlannedTask task : plan(definition, variables)) {
            String template = task.inventoryTemplate();
            plan.add(template == null ? task : task.withDetail(held.stream()
                    .filter(i -> template.equals(i.template()))
                    .map(ItemView::description).findFirst().orElse(null)));
        }
        Provisioning provisioning = new Provisioning(assignmentId, service.getId(), productId, definition.getKey(),
                definition.getVersion(), bulkAssignmentId, TaskList.planned(plan));
        em.persist(provisioning); // its id is drawn now; the row is written once, with the process instance
        variables.put(ProvisioningVariables.PROVISIONING_ID, provisioning.getId());
        if (bulkAssignmentId == null) {
            variables.put(CounterFirst.AT_COUNTER, true);
        }
        String processInstanceId = bootstrap.engine().getRuntimeService().startProcessInstanceById(
                definition.getId(), String.valueOf(provisioning.getId()), variables).getId();
        provisioning.started(processInstanceId);
        return provisioning;
    }

    /**
     * Starts a lifecycle run on an existing service — renewal, expiry, suspension, resumption, termination — with
     * who asked and why, in the caller's transaction.
     */
    public Provisioning startLifecycle(Service service, ProvisioningAction action, String actor, String reason,
                                       Map<String, ?> extraVariables) {
        ProcessDefinition definition = deployed(action.processKey());
        Map<String, Object> variables = new HashMap<>(extraVariables);
        variables.putAll(Map.of(ProvisioningVariables.SERVICE_ID, service.getId(),
                ProvisioningVariables.CUSTOMER_ID, service.getCustomerId(),
                ProvisioningVariables.PRODUCT_ID, service.getProductId(),
                ProvisioningVariables.ACTION, action.name(),
                ProvisioningVariables.ACTOR, actor));
        if (reason != null) {
            variables.put(ProvisioningVariables.REASON, reason);
        }
        if (!LifecycleRuns.SYSTEM.equals(actor)) {
            variables.put(CounterFirst.AT_COUNTER, true);
        }
        Provisioning provisioning = Provisioning.lifecycle(action, service.getId(), service.getProductId(),
                definition.getKey(), definition.getVersion(), TaskList.planned(plan(definition, variables)), actor,
                reason);
        em.persist(provisioning);
        variables.put(ProvisioningVariables.PROVISIONING_ID, provisioning.getId());
        provisioning.started(bootstrap.engine().getRuntimeService().startProcessInstanceById(definition.getId(),
                String.valueOf(provisioning.getId()), variables).getId());
        return provisioning;
    }

    private ProcessDefinition deployed(String processKey) {
        return processes.latest(processKey).orElseThrow(() -> PlanDeskException.notAllowed("productId",
                "The provisioning process '" + processKey
                        + "' is not deployed: ask an analyst to deploy it or choose another product."));
    }

    private List<PlannedTask> plan(ProcessDefinition definition, Map<String, Object> variables) {
        List<PlannedTask> tasks = new ArrayList<>();
        for (PlannedTask task : plans.of(definition)) {
            String called = task.calledElement();
            if (called == null) {
                tasks.add(task);
            } else {
                String key = called.startsWith("${") ? String.valueOf(variables.get(called.substring(2,
                        called.length() - 1).trim())) : called;
                tasks.addAll(plan(deployed(key), variables));
            }
        }
        return tasks;
    }
}
