package dev.orderrelay.destinations.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an HTTP {@code Retry-After} header, in either of its forms (RFC 9110 section 10.2.3): a number of seconds, or
 * an HTTP-date. A value that is neither is ignored, so the worker falls back to its own back-off rather than failing
 * the delivery.
 */
public final class RetryAfterHeader {

    private static final Pattern SECONDS = Pattern.compile("\\d{1,10}");

    private RetryAfterHeader() {}

    /**
     * The delay {@code value} asks for, counted from {@code now} when it is a date; a date already past asks for none.
     */
    public static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        if (SECONDS.matcher(text).matches()) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
