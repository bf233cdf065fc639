package com.plandesk.catalog;

import com.plandesk.kernel.PlanDeskException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How long a recurring service is paid for at a time: an ISO-8601 duration, a month ({@code P1M}) unless the
 * product says otherwise. Calendar terms (P1M, P1Y) follow the calendar; clock terms (PT5S) let a demo or a test
 * watch renewals happen.
 */
public record Term(String iso) {

    public static final Term MONTH = new Term("P1M");

    /** The term a product setting names, checked; a month when the setting is empty. */
    public static Term parse(String text) {
        if (text == null || text.isBlank()) {
            return MONTH;
        }
        String iso = text.trim().toUpperCase(Locale.ROOT);
        try {
            boolean positive = iso.contains("T") ? isPositive(Duration.parse(iso)) : isPositive(Period.parse(iso));
            if (positive) {
                return new Term(iso);
            }
        } catch (DateTimeParseException e) {
            // said below, with what to write instead
        }
        throw PlanDeskException.invalid("term", "The term '" + text.trim() + "' is not an ISO-8601 duration longer "
                + "than zero: write P1M for a month, P1Y for a year, or PT30S for thirty seconds.");
    }

    private static boolean isPositive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private static boolean isPositive(Period period) {
        return !period.isNegative() && !period.isZero() && period.getYears() >= 0 && period.getMonths() >= 0
                && period.getDays() >= 0;
    }

    /** When a term that starts at this moment ends. */
    public LocalDateTime endOf(LocalDateTime start) {
        return iso.contains("T") ? start.plus(Duration.parse(iso)) : start.plus(Period.parse(iso));
    }
}
