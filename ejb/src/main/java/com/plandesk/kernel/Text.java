package com.plandesk.kernel;

/** Small rules for text that several layers apply alike. */
public final class Text {

    private Text() {
    }

    /** A value someone typed: trimmed, and null when nothing was typed. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The root cause's first line: a database's detail and hint lines are for the log, not for staff. */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse("").trim();
    }
}
