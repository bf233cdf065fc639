package com.plandesk.provisioning;

/**
 * A provisioning ended (succeeded, failed, timed out or cancelled): a CDI event, fired in the transaction that
 * ended it. The bulk throttle waits for it.
 *
 * @param bulkAssignmentId the bulk run it belongs to, or null
 */
public record ProvisioningEnded(Long provisioningId, Long bulkAssignmentId) {
}
