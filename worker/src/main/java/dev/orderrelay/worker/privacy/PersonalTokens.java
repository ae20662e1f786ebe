package dev.orderrelay.worker.privacy;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One customer's personal values as text (e-mail, phone, names, address lines, ids), to find and replace where they
 * sit in free text: a delivery's last error, a parked event's reason, a string in a payload. A value matches whole,
 * case-insensitively, never inside a longer word or number ({@code Ada} does not match {@code Adam}, {@code 1234}
 * does not match {@code 612345}). Values under 3 characters are not searched: they would match too much.
 */
final class PersonalTokens {

    static final String REDACTED = "[redacted]";
    private static final int SHORTEST = 3;
    private static final int FEWEST_PHONE_DIGITS = 7;

    private final Set<String> values = new LinkedHashSet<>();
    private Pattern pattern;

    /** Adds a value; a phone number is also added as its digits alone, the other way it is often written. */
    void add(String value) {
        if (value == null) {
            return;
        }
        String trimmed = value.strip();
        if (trimmed.length() >= SHORTEST && !trimmed.equals(REDACTED) && values.add(trimmed.toLowerCase(Locale.ROOT))) {
            pattern = null;
        }
        String digits = trimmed.replaceAll("[^0-9]", "");
        if (digits.length() >= FEWEST_PHONE_DIGITS && trimmed.matches("[0-9+()\\-. ]+") && values.add(digits)) {
            pattern = null;
        }
    }

    void addAll(PersonalTokens other) {
        other.values.forEach(this::add);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** Whether any of the values occurs in {@code text}. */
    boolean foundIn(String text) {
        return text != null && !values.isEmpty() && pattern().matcher(text).find();
    }

    /** The text with every occurrence of a value replaced by {@value #REDACTED}. */
    String scrub(String text) {
        if (text == null || values.isEmpty()) {
            return text;
        }
        return pattern().matcher(text).replaceAll(Matcher.quoteReplacement(REDACTED));
    }

    private Pattern pattern() {
        if (pattern == null) {
            // Longest first, so a full name wins over the first name it starts with.
            String alternatives = values.stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"));
            pattern = Pattern.compile(
                    "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        return pattern;
    }
}
