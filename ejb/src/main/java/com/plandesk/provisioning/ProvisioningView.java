package com.plandesk.provisioning;

import com.plandesk.service.ServiceStatus;
import java.util.List;

/** What staff watch while a provisioning runs: the contract of GET /api/provisionings/{id}. */
public record ProvisioningView(Long id, ProvisioningStatus status, List<Task> tasks, int done, int total,
                               Long serviceId, String serviceName, ServiceStatus serviceStatus, String error,
                               ProvisioningAction action, String actionLabel, String reason) {

    public record Task(String name, TaskStatus status, String detail) {
    }
}
