package com.plandesk.customer;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How customers are found: names without case or accents ("José" = "jose"), phones as international
 * digits whatever the format ("+44 7700 900123", "07700 900123", "447700900123" are one number).
 */
public final class SearchKeys {

    /** Numbers written nationally ("07700 …") are this country's. */
    static final String HOME_COUNTRY_CODE = "44";
    static final int MAX_NAME_KEYS = 6;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PHONE_LIKE = Pattern.compile("[+()\\d][\\d\\s().+-]*");

    private SearchKeys() {
    }

    public static String name(String name) {
        if (name == null) {
            return null;
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    /** One key per word start: "José Müller-Smith" gives "jose muller-smith", "muller-smith", "smith". */
    public static Set<String> nameKeys(String name) {
        String plain = name(name);
        Set<String> keys = new LinkedHashSet<>();
        if (plain == null || plain.isEmpty()) {
            return keys;
        }
        keys.add(plain);
        for (int i = 1; i < plain.length() && keys.size() < MAX_NAME_KEYS; i++) {
            char before = plain.charAt(i - 1);
            if ((before == ' ' || before == '-' || before == '\'') && plain.charAt(i) != ' ') {
                keys.add(plain.substring(i));
            }
        }
        return keys;
    }

    /** The first string after every string that starts with the prefix (its last character plus one). */
    public static String prefixEnd(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        return prefix.substring(0, prefix.length() - Character.charCount(last)) + Character.toString(last + 1);
    }

    public static String email(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /** International digits, or null when there is no number. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return null;
        }
        if (digits.startsWith("00")) {
            return digits.substring(2);
        }
        if (digits.startsWith("0") && !phone.trim().startsWith("+")) {
            return HOME_COUNTRY_CODE + digits.substring(1);
        }
        return digits;
    }

    /** Whether a query reads as (the start of) a phone number rather than a name or an ID. */
    public static boolean looksLikePhone(String query) {
        return query != null && PHONE_LIKE.matcher(query.trim()).matches()
                && query.replaceAll("\\D", "").length() >= 6;
    }
}
