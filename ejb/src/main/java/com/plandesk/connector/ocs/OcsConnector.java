package com.plandesk.connector.ocs;

/**
 * The operator's charging system (OCS). Every call is idempotent — a retried call changes nothing twice —
 * and bounded by a timeout; failures are {@link OcsException}s whose message staff can read.
 */
public interface OcsConnector {

    /** Creates the account or updates it when it exists, with the plan's action plan when auto-renew is on. */
    void setAccount(String account, String actionPlanId);

    /** Runs an action (an add-on, a top-up) on an existing account. */
    void executeAction(String account, String actionId);

    /** The account and its balances. */
    OcsAccount account(String account);
}
