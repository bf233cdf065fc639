package com.plandesk.service;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A line of the customer's charges: GET /customers/{id}/charges and the customer page's "Charges". */
public record ChargeView(Long id, Long serviceId, String serviceName, Charge.Kind kind, BigDecimal amount,
                         String currency, String description, LocalDateTime chargedAt, Long provisioningId) {
}
