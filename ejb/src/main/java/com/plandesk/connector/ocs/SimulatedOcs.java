package com.plandesk.connector.ocs;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * First cut of the OCS: keeps accounts in memory. The provisioning issue replaces it with the CGRateS
 * JSON-RPC client and a simulator that speaks that protocol.
 */
@ApplicationScoped
public class SimulatedOcs implements OcsConnector {

    private static final Logger LOG = Logger.getLogger(SimulatedOcs.class.getName());

    private final Map<String, String> planByAccount = new ConcurrentHashMap<>();

    @Override
    public String setAccount(String account, String productSlug, boolean autoRenew) {
        String previous = planByAccount.put(account, productSlug);
        LOG.info(() -> (previous == null ? "Created" : "Updated") + " OCS account " + account + " for "
                + productSlug + (autoRenew ? " with auto-renew" : ""));
        return account;
    }
}
