package com.plandesk.catalog;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/**
 * What a plan gives each term, or an add-on once: data in GB, voice minutes, SMS. Each is left out when the
 * product gives none. The OCS learns them as actions when the product is first used (see OcsAccounts).
 */
public record Allowances(
        @DecimalMin(value = "0", message = "The data allowance cannot be negative.")
        @Digits(integer = 6, fraction = 2, message = "The data allowance is in GB with at most two decimals.")
        BigDecimal dataGb,
        @Min(value = 0, message = "The voice minutes cannot be negative.") Integer voiceMinutes,
        @Min(value = 0, message = "The SMS allowance cannot be negative.") Integer sms) {

    public static final Allowances NONE = new Allowances(null, null, null);

    public boolean isEmpty() {
        return dataGb == null && voiceMinutes == null && sms == null;
    }
}
