package com.plandesk.provisioning.delegate;

import com.plandesk.provisioning.ProvisioningVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What delegates read from a run: ids (never entities) and the task's own input parameters. */
final class ProcessVariables {

    private ProcessVariables() {
    }

    static Long serviceId(DelegateExecution execution) {
        return id(execution, ProvisioningVariables.SERVICE_ID);
    }

    static Long customerId(DelegateExecution execution) {
        return id(execution, ProvisioningVariables.CUSTOMER_ID);
    }

    static Long assignmentId(DelegateExecution execution) {
        return id(execution, ProvisioningVariables.ASSIGNMENT_ID);
    }

    static Long productId(DelegateExecution execution) {
        return id(execution, ProvisioningVariables.PRODUCT_ID);
    }

    static Long provisioningId(DelegateExecution execution) {
        return id(execution, ProvisioningVariables.PROVISIONING_ID);
    }

    /** A task's input parameter, e.g. the inventory template of an "Assign …" task. */
    static String parameter(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("Task " + execution.getCurrentActivityId() + " needs the input parameter '"
                    + name + "'");
        }
        return value.toString();
    }

    /** A plain value of the run (who asked, why), or null. */
    static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    private static Long id(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value instanceof Number number ? number.longValue() : null;
    }
}
