package com.plandesk.bulk;

import java.util.Map;

/**
 * A row of a bulk file as the job works on it: its line (the header is line 1), its text as in the file, its
 * cells by column with the run's template settings already filling the blanks, and its idempotency key.
 */
public record BulkRow(int line, String source, Map<String, String> cells, String key) {

    /** The cell, trimmed; null when empty. */
    public String cell(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
