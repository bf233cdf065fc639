package com.plandesk.inventory;

import java.util.EnumSet;
import java.util.Set;

public enum ItemStatus {
    NEW, IN_STOCK, RESERVED, ASSIGNED, RETIRED,
    /** A number back from an ended service, offered again once its quarantine is over. */
    QUARANTINED,
    /** Still at the customer's after their service ended: in stock again once staff confirm it returned. */
    RETURN_DUE;

    /** Only these are offered to staff and may be reserved. */
    public static final Set<ItemStatus> AVAILABLE = EnumSet.of(NEW, IN_STOCK);

    /** As staff read it: "New", "In stock", "Return due". */
    public String label() {
        String words = name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
