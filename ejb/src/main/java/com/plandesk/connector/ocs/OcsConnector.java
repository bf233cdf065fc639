package com.plandesk.connector.ocs;

/** The operator's charging system (OCS). Every call is idempotent: a retried call changes nothing twice. */
public interface OcsConnector {

    /**
     * Creates the account, or updates it when it exists.
     *
     * @return the OCS account id
     */
    String setAccount(String account, String productSlug, boolean autoRenew);
}
