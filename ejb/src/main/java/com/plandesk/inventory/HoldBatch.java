package com.plandesk.inventory;

import com.plandesk.kernel.PlanDeskException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The free items that the assignments of one transaction take, collected as each is assigned and then held
 * together by {@link ItemHolds#hold(HoldBatch)}: one conditional update for a whole bulk chunk instead of a lock
 * and an update per row.
 */
public final class HoldBatch {

    /** Each item and the service it goes to, in the order they were taken. */
    final Map<Long, Long> serviceOfItem = new LinkedHashMap<>();

    public void add(List<InventoryItem> items, Long serviceId) {
        for (InventoryItem item : items) {
            if (serviceOfItem.putIfAbsent(item.getId(), serviceId) != null) {
                throw PlanDeskException.conflict("items", item.getTemplate().getName() + " " + item.getReference()
                        + " is given to two services of this transaction.");
            }
        }
    }
}
