package com.plandesk.connector.ocs;

import java.util.List;

/**
 * The operator's charging system (OCS). Every call but {@link #executeAction} is idempotent — a retried call
 * changes nothing twice — and every call is bounded by a timeout; failures are {@link OcsException}s whose
 * message staff can read.
 */
public interface OcsConnector {

    /** Creates the account or updates it when it exists; joining the action plan given (null: none) runs it once. */
    void setAccount(String account, String actionPlanId);

    /** Runs an action on an existing account (not idempotent: callers check before they run it again). */
    void executeAction(String account, String actionId);

    /**
     * Runs an action (an add-on, a top-up) on an existing account once per key, however often it is called:
     * a retry after an answer that came too late does not run it twice.
     */
    void executeActionOnce(String account, String actionId, String onceKey);

    /** Defines (or redefines) an actions profile: what a product's allowance, price or fee does to an account. */
    void setActions(String actionsId, List<OcsAction> actions);

    /** Defines an action plan timed *asap: its actions run once on each account that joins it. */
    void setStartPlan(String actionPlanId, List<String> actionsIds);

    /** Bars (disabled) or unbars the account: a disabled account is charged nothing and uses nothing. */
    void setDisabled(String account, boolean disabled);

    /** Removes the account; an account that is gone already is fine. */
    void removeAccount(String account);

    /** The account and its balances. */
    OcsAccount account(String account);

    /** Whether the OCS answers a harmless call, and how fast: never throws. */
    OcsHealth health();
}
