package com.plandesk.assignment;

public record AssignmentResult(Long assignmentId, Long provisioningId, Long serviceId) {
}
