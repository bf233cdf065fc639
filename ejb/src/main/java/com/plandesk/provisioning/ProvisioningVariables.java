package com.plandesk.provisioning;

/** The process variables of a provisioning run: ids and plain values only, never entities. */
public final class ProvisioningVariables {

    public static final String PROVISIONING_ID = "provisioningId";
    public static final String SERVICE_ID = "serviceId";
    public static final String CUSTOMER_ID = "customerId";
    public static final String ASSIGNMENT_ID = "assignmentId";
    public static final String PRODUCT_ID = "productId";
    /** The plan process a business order calls. */
    public static final String PLAN_PROCESS_KEY = "planProcessKey";

    private ProvisioningVariables() {
    }
}
