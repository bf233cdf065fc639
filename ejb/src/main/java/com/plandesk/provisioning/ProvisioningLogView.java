package com.plandesk.provisioning;

import java.time.LocalDateTime;

public record ProvisioningLogView(LocalDateTime at, String level, String task, String message) {
}
