package com.plandesk.provisioning;

/** The process variables of a provisioning run: ids and plain values only, never entities. */
public final class ProvisioningVariables {

    public static final String PROVISIONING_ID = "provisioningId";
    public static final String SERVICE_ID = "serviceId";
    public static final String CUSTOMER_ID = "customerId";
    public static final String ASSIGNMENT_ID = "assignmentId";
    public static final String PRODUCT_ID = "productId";
    /** A lifecycle run's action (RENEW, SUSPEND, …), who started it ("system" for the term's end) and why. */
    public static final String ACTION = "action";
    public static final String ACTOR = "actor";
    public static final String REASON = "reason";
    /** A suspension because a renewal could not be charged: a later renewal resumes the service. */
    public static final String FOR_RENEWAL = "forRenewal";
    /** The engine's retry cycle for a renewal's charge (R3/PT1H: three tries an hour apart). */
    public static final String RENEWAL_RETRY_CYCLE = "renewalRetryCycle";
    /** The customer a service moves to. */
    public static final String TO_CUSTOMER_ID = "toCustomerId";
    /** When a service's term ends: the term process's timer. */
    public static final String TERM_END = "termEnd";
    /** The plan process a business order calls. */
    public static final String PLAN_PROCESS_KEY = "planProcessKey";

    private ProvisioningVariables() {
    }
}
