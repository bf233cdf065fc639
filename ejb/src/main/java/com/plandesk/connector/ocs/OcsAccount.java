package com.plandesk.connector.ocs;

import com.plandesk.kernel.Money;
import java.math.BigDecimal;
import java.util.Map;

/** An OCS account as CGRateS reports it: its id and the total of each balance type ("*data", "*monetary"). */
public record OcsAccount(String id, boolean disabled, Map<String, Double> balances) {

    /** "20.0 GB data, 1000 min voice, 500 SMS, £15.00 charged" — what staff read on the service. */
    public String describeBalances(String currency) {
        if (balances.isEmpty()) {
            return "no balances";
        }
        StringBuilder text = new StringBuilder();
        balances.forEach((type, value) -> {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(switch (type) {
                case "*data" -> String.format("%.1f GB data", value / (1024.0 * 1024 * 1024));
                case "*voice" -> String.format("%.0f min voice", value / 60e9);
                case "*sms" -> String.format("%.0f SMS", value);
                case "*monetary" -> Money.format(BigDecimal.valueOf(Math.abs(value)), currency)
                        + (value < 0 ? " charged" : " credit");
                default -> value + " " + type;
            });
        });
        return text.toString();
    }
}
