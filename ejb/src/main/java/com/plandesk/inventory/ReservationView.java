package com.plandesk.inventory;

import java.time.LocalDateTime;
import java.util.List;

public record ReservationView(String token, LocalDateTime expiresAt, List<ItemView> items) {
}
