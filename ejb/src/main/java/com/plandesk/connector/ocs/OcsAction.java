package com.plandesk.connector.ocs;

/**
 * One action of a CGRateS actions profile: {@code *topup_reset} (a term's allowance), {@code *topup} (an add-on's)
 * or {@code *debit} (a price, on the {@code *monetary} balance), with its units in the balance type's own unit.
 */
public record OcsAction(String identifier, String balanceType, double units) {

    public static OcsAction topupReset(String balanceType, double units) {
        return new OcsAction("*topup_reset", balanceType, units);
    }

    public static OcsAction topup(String balanceType, double units) {
        return new OcsAction("*topup", balanceType, units);
    }

    public static OcsAction debit(double amount) {
        return new OcsAction("*debit", "*monetary", amount);
    }
}
