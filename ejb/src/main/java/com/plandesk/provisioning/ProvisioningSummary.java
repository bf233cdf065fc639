package com.plandesk.provisioning;

import java.time.LocalDateTime;

/** A line of the provisioning queue. */
public record ProvisioningSummary(Long id, ProvisioningStatus status, String processKey, Long serviceId,
                                  String serviceName, LocalDateTime startedAt, LocalDateTime endedAt, String error,
                                  Long bulkAssignmentId) {
}
