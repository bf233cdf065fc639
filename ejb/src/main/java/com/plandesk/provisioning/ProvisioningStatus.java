package com.plandesk.provisioning;

public enum ProvisioningStatus {
    RUNNING("Running"), SUCCEEDED("Succeeded"), FAILED("Failed"), CANCELLED("Cancelled");

    private final String label;

    ProvisioningStatus(String label) {
        this.label = label;
    }

    /** As the queue's filter writes it. */
    public String label() {
        return label;
    }
}
