package com.plandesk.provisioning.delegate;

import static com.plandesk.provisioning.ProvisioningService.CUSTOMER_ID;
import static com.plandesk.provisioning.ProvisioningService.SERVICE_ID;

import com.plandesk.inventory.Inventory;
import com.plandesk.platform.ProvisioningProgress;
import com.plandesk.provisioning.TaskPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** "Assign SIM Card": the task's input parameter {@code template} names the inventory template. */
@Named("assignInventory")
@ApplicationScoped
public class AssignInventory implements JavaDelegate {

    @Inject
    Inventory inventory;

    @Override
    public void execute(DelegateExecution execution) {
        String template = (String) execution.getVariable(TaskPlan.TEMPLATE_PARAMETER);
        String assigned = inventory.assignHeldItem((Long) execution.getVariable(SERVICE_ID),
                (Long) execution.getVariable(CUSTOMER_ID), template);
        ProvisioningProgress.detail(execution, assigned);
    }
}
