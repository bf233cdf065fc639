package com.plandesk.provisioning;

/** A task the process will run, as read from the BPMN model before it starts. */
public record PlannedTask(String activityId, String name, String inventoryTemplate, String calledElement,
                          String detail) {

    public PlannedTask withDetail(String detail) {
        return new PlannedTask(activityId, name, inventoryTemplate, calledElement, detail);
    }
}
