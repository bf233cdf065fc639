package com.plandesk.provisioning;

/**
 * What a run does to a service: ASSIGN gives it (the assignment's provisioning); the others are its lifecycle —
 * each its own BPMN process, with the same task list, progress view, log, retry and cancel.
 */
public enum ProvisioningAction {
    ASSIGN("Assignment", null),
    RENEW("Renewal", "renewService"),
    EXPIRE("Expiry", "terminateService"),
    SUSPEND("Suspension", "suspendService"),
    RESUME("Resumption", "resumeService"),
    TERMINATE("Termination", "terminateService"),
    MOVE("Move", "moveService");

    private final String label;
    private final String processKey;

    ProvisioningAction(String label, String processKey) {
        this.label = label;
        this.processKey = processKey;
    }

    public String label() {
        return label;
    }

    /** The process a lifecycle action runs (an assignment runs its product's). */
    public String processKey() {
        return processKey;
    }
}
