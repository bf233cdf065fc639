package com.plandesk.inventory;

/** An inventory template's rule for items whose service ended (terminated or expired). */
public enum ReturnRule {
    /** Never used again (a SIM card that was in a customer's phone). */
    RETIRE,
    /** Offered again after the quarantine (a mobile number, so that old callers do not reach a new customer). */
    QUARANTINE,
    /** Straight back in stock. */
    RESTOCK,
    /** Due back from the customer (a modem at their premises): in stock again once staff confirm it returned. */
    COLLECT
}
