package com.plandesk.bulk;

/**
 * A row's result: VALID (a dry run found nothing wrong), STARTED (assigned, its provisioning started),
 * REJECTED (with the reason), DUPLICATE (an earlier run already assigned this row).
 */
public enum BulkRowStatus { VALID, STARTED, REJECTED, DUPLICATE }
