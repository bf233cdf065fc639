package com.plandesk.provisioning.delegate;

import com.plandesk.inventory.Inventory;
import com.plandesk.inventory.ItemHolds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Any items the add-on needs become ASSIGNED to the service it goes to. */
@Named("assignAddonInventory")
@ApplicationScoped
public class AssignAddonInventory implements JavaDelegate {

    @Inject
    Inventory inventory;


    @Inject

    ItemHolds itemHolds;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, itemHolds.assignHeldItems(ProcessVariables.serviceId(execution),
                ProcessVariables.customerId(execution)));
    }
}
