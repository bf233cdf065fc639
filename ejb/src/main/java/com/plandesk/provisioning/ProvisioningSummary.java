package com.plandesk.provisioning;

import java.time.LocalDateTime;

/** A line of the provisioning queue; {@code actionLabel} names the work ("Assignment", "Renewal", …). */
public record ProvisioningSummary(Long id, ProvisioningStatus status, String processKey, Long serviceId,
                                  String serviceName, LocalDateTime startedAt, LocalDateTime endedAt, String error,
                                  Long bulkAssignmentId, ProvisioningAction action, String actionLabel) {
}
