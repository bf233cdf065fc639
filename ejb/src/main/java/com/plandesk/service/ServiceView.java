package com.plandesk.service;

import com.plandesk.catalog.ServiceType;
import com.plandesk.inventory.ItemView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

public record ServiceView(Long id, String name, Long customerId, Long productId, ServiceType serviceType,
                          ServiceStatus status, boolean autoRenew, String ocsAccount, LocalDateTime createdAt,
                          LocalDateTime activatedAt, List<ItemView> items, List<String> addons,
                          LocalDate installationDate, String installationTicket, String poNumber,
                          LocalDateTime welcomeSentAt, LocalDateTime currentTermStart,
                          LocalDateTime currentTermEnd, Map<String, String> customFields) {
}
