package com.plandesk.provisioning.delegate;

import com.plandesk.inventory.Inventory;
import com.plandesk.inventory.ItemHolds;
import com.plandesk.provisioning.TaskPlan;
import com.plandesk.service.NetworkActivation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * "Assign SIM Card": the task's input parameter {@code template} names the inventory template. With
 * {@code activateSim = true} (the mobile number) the SIM then goes live on the HLR/HSS with that number.
 */
@Named("assignInventory")
@ApplicationScoped
public class AssignInventory implements JavaDelegate {

    @Inject
    Inventory inventory;

    @Inject

    ItemHolds itemHolds;

    @Inject

    NetworkActivation network;

    @Override
    public void execute(DelegateExecution execution) {
        Long serviceId = ProcessVariables.serviceId(execution);
        // the task keeps the detail it was planned with: the item the assignment holds ("ICCID: 8944…")
        itemHolds.assignHeldItem(serviceId, ProcessVariables.customerId(execution),
                ProcessVariables.parameter(execution, TaskPlan.TEMPLATE_PARAMETER));
        if (Boolean.parseBoolean(String.valueOf(execution.getVariable("activateSim")))) {
            TaskDetail.show(execution, network.activateSim(serviceId));
        }
    }
}
