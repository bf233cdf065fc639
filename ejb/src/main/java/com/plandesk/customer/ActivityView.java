package com.plandesk.customer;

import java.time.LocalDateTime;

public record ActivityView(LocalDateTime at, String actor, String action, String detail) {
}
