package com.plandesk.inventory;

/** An inventory item as staff see it; {@code description} is "ICCID: 8944…" or the number itself. */
public record ItemView(Long id, String template, String reference, String identifier, String description,
                       ItemStatus status, Long serviceId, Long customerId) {

    public static ItemView of(InventoryItem item) {
        return new ItemView(item.getId(), item.getTemplate().getName(), item.getReference(), item.getIdentifier(),
                item.describe(), item.getStatus(), item.getServiceId(), item.getCustomerId());
    }
}
