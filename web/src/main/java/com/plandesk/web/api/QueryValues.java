package com.plandesk.web.api;

import com.plandesk.kernel.PlanDeskException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Query parameters read strictly: a value the call does not know is refused with a 400 saying what to write,
 * never quietly taken for "none" or "false" — a mistyped {@code dryRun} must not run a file for real.
 */
final class QueryValues {

    private QueryValues() {
    }

    /** One of the enum's names (any case), or null when the parameter is absent or blank. */
    static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlanDeskException.invalid(field, "Unknown " + field + " '" + value + "': use one of "
                    + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }

    /** A whole number, 0 or more, or {@code absent} when the parameter is absent or blank. */
    static int count(String field, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        if (!value.trim().matches("\\d{1,9}")) {
            throw PlanDeskException.invalid(field, field + " is '" + value + "': give a whole number (0 or more).");
        }
        return Integer.parseInt(value.trim());
    }

    /** true or false (any case), or null when the parameter is absent. */
    static Boolean flag(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw PlanDeskException.invalid(field, field + " is '" + value + "': write " + field
                    + "=true or " + field + "=false.");
        };
    }
}
