package com.plandesk.provisioning;

import com.plandesk.inventory.Inventory;
import com.plandesk.inventory.ItemView;
import com.plandesk.platform.PlanDeskException;
import com.plandesk.platform.ProcessEngineBootstrap;
import com.plandesk.service.Service;
import com.plandesk.service.ServiceRecords;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/** Starts provisionings, records their progress as the engine reports it, and tells staff where they stand. */
@Stateless
@PermitAll
public class ProvisioningService {

    /** Process variables: ids only, never entities. */
    public static final String PROVISIONING_ID = "provisioningId";
    public static final String SERVICE_ID = "serviceId";
    public static final String CUSTOMER_ID = "customerId";
    public static final String ASSIGNMENT_ID = "assignmentId";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ProcessEngineBootstrap bootstrap;

    @Inject
    private Inventory inventory;

    @Inject
    private ServiceRecords services;

    /** The deployed (latest) definition of a product's process, or a message saying it is missing. */
    public ProcessDefinition deployedProcess(String processKey) {
        ProcessDefinition definition = engine().getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        if (definition == null) {
            throw PlanDeskException.notAllowed("productId", "The product's provisioning process '" + processKey
                    + "' is not deployed: ask an analyst to deploy it or choose another product.");
        }
        return definition;
    }

    public boolean isDeployed(String processKey) {
        return engine().getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().count() > 0;
    }

    public List<String> deployedProcessKeys() {
        return engine().getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).sorted().toList();
    }

    /** Plans the task list from the BPMN model and starts the process, in the caller's transaction. */
    public Provisioning start(Long assignmentId, Service service, ProcessDefinition definition,
                              Map<String, String> defaultVariables) {
        Provisioning provisioning = new Provisioning(assignmentId, service.getId(), definition.getKey());
        em.persist(provisioning);
        em.flush();

        List<ItemView> held = inventory.itemsOfService(service.getId());
        List<PlannedTask> plan = TaskPlan.of(
                engine().getRepositoryService().getBpmnModelInstance(definition.getId()), definition.getKey());
        for (int position = 0; position < plan.size(); position++) {
            PlannedTask task = plan.get(position);
            String template = task.inventoryTemplate();
            if (template != null) {
                task = task.withDetail(held.stream().filter(i -> template.equals(i.template()))
                        .map(ItemView::description).findFirst().orElse(null));
            }
            em.persist(new ProvisioningTask(provisioning.getId(), position, task));
        }

        Map<String, Object> variables = new HashMap<>(defaultVariables);
        variables.putAll(Map.of(PROVISIONING_ID, provisioning.getId(), SERVICE_ID, service.getId(),
                CUSTOMER_ID, service.getCustomerId(), ASSIGNMENT_ID, assignmentId));
        String processInstanceId = engine().getRuntimeService().startProcessInstanceById(definition.getId(),
                String.valueOf(provisioning.getId()), variables).getId();
        provisioning.started(processInstanceId);
        return provisioning;
    }

    /** Called by the engine when a task ends, in the task's own transaction. */
    public void taskDone(Long provisioningId, String activityId, String detail) {
        em.createQuery("""
                        update ProvisioningTask t set t.status = :done,
                            t.detail = coalesce(:detail, t.detail)
                        where t.provisioningId = :provisioning and t.activityId = :activity""")
                .setParameter("done", TaskStatus.DONE)
                .setParameter("detail", detail)
                .setParameter("provisioning", provisioningId)
                .setParameter("activity", activityId)
                .executeUpdate();
    }

    /** Called by the engine when the process ends: the service becomes ACTIVE only now. */
    public void succeed(Long provisioningId) {
        Provisioning provisioning = find(provisioningId);
        provisioning.succeeded();
        services.activate(provisioning.getServiceId());
    }

    /** Called by the engine when a task has used up its retries. */
    public void fail(Long provisioningId, String activityId, String error) {
        Provisioning provisioning = find(provisioningId);
        provisioning.failed(error);
        em.createQuery("""
                        update ProvisioningTask t set t.status = :failed
                        where t.provisioningId = :provisioning and t.activityId = :activity""")
                .setParameter("failed", TaskStatus.FAILED)
                .setParameter("provisioning", provisioningId)
                .setParameter("activity", activityId)
                .executeUpdate();
    }

    public Provisioning find(Long provisioningId) {
        Provisioning provisioning = provisioningId == null ? null : em.find(Provisioning.class, provisioningId);
        if (provisioning == null) {
            throw PlanDeskException.notFound("id", "Provisioning " + provisioningId + " does not exist.");
        }
        return provisioning;
    }

    /** Polled every 0.2 s by each open progress view: two indexed reads, nothing from the engine. */
    public ProvisioningView view(Long provisioningId) {
        Provisioning provisioning = find(provisioningId);
        Service service = em.find(Service.class, provisioning.getServiceId());
        List<ProvisioningTask> stored = em.createQuery("""
                        select t from ProvisioningTask t where t.provisioningId = :provisioning
                        order by t.position""", ProvisioningTask.class)
                .setParameter("provisioning", provisioningId)
                .getResultList();
        List<ProvisioningView.Task> tasks = new ArrayList<>(stored.size());
        boolean runningShown = false;
        int done = 0;
        for (ProvisioningTask task : stored) {
            TaskStatus status = task.getStatus();
            if (status == TaskStatus.DONE) {
                done++;
            } else if (status == TaskStatus.PENDING && !runningShown
                    && provisioning.getStatus() == ProvisioningStatus.RUNNING) {
                status = TaskStatus.RUNNING;
                runningShown = true;
            }
            tasks.add(new ProvisioningView.Task(task.getName(), status, task.getDetail()));
        }
        return new ProvisioningView(provisioning.getId(), provisioning.getStatus(), tasks, done, tasks.size(),
                service.getId(), service.getName(), service.getStatus(), provisioning.getError());
    }

    private ProcessEngine engine() {
        return bootstrap.engine();
    }
}
