package com.plandesk.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A product's default provisioning variables, stored as "key=value" lines. */
public final class DefaultVariables {

    private DefaultVariables() {
    }

    public static String format(Map<String, String> variables) {
        if (variables == null || variables.isEmpty()) {
            return null;
        }
        return variables.entrySet().stream().map(e -> e.getKey().trim() + "=" + (e.getValue() == null ? "" : e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    public static Map<String, String> parse(String lines) {
        Map<String, String> variables = new LinkedHashMap<>();
        if (lines != null) {
            lines.lines().filter(l -> l.contains("=")).forEach(l -> variables.put(
                    l.substring(0, l.indexOf('=')).trim(), l.substring(l.indexOf('=') + 1).trim()));
        }
        return variables;
    }
}
