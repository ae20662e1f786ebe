package dev.orderrelay.console.deadletters;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The dead-letter pages' search form, as typed: kept as text so the form shows back what was entered, and read into
 * a {@link DeadLetterFilter} with the API's rules and words. Times are UTC, as the browser's date-time field gives
 * them ({@code 2026-11-24T10:00}) or as ISO-8601 ({@code 2026-11-24T10:00:00Z}); a {@code to} given to the minute
 * covers that whole minute.
 */
record DeadLetterForm(
        String shop, String destination, String stage, String reason, String status, String from, String to) {

    private static final int MINUTE_FIELD = "2026-11-24T10:00".length();

    /** Whether a shop was given: without one there is nothing to search (dead letters are kept per shop). */
    boolean searched() {
        return shop != null && !shop.isBlank();
    }

    /** The filter this form asks for; 400 naming the field at fault, in the API's words. */
    DeadLetterFilter filter() {
        return DeadLetterFilter.of(
                trimmed(shop), destination, stage, reason, status, time("from", from, false), time("to", to, true));
    }

    private static String trimmed(String value) {
        return value == null ? null : value.strip();
    }

    private static Instant time(String name, String value, boolean endOfMinute) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            // the browser's date-time field: no zone, UTC by the form's label
        }
        try {
            Instant at = LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            return endOfMinute && text.length() == MINUTE_FIELD
                    ? at.plusSeconds(60).minusMillis(1)
                    : at;
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(
                    "invalid-filter", name, "must be a UTC time such as 2026-11-24T10:00 or 2026-11-24T10:00:00Z");
        }
    }
}
