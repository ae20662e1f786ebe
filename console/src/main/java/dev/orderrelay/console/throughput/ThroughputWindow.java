package dev.orderrelay.console.throughput;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The hours a throughput query covers: {@code [from, to)} widened to whole UTC hours (the rows' unit), by default
 * the {@value #DEFAULT_HOURS} hours that end with the current hour, at most {@value #MAX_DAYS} days.
 *
 * @param from the first hour's start, inclusive
 * @param to the last hour's end, exclusive
 */
record ThroughputWindow(Instant from, Instant to) {

    static final int DEFAULT_HOURS = 24;
    static final int MAX_DAYS = 31;

    private static final Duration HOUR = Duration.ofHours(1);

    /** Reads the query parameters; an empty one counts as absent. 400 {@code invalid-query} naming a bad one. */
    static ThroughputWindow of(String from, String to, Instant now) {
        Instant end = given(to) ? instant("to", to) : endOfHour(now);
        Instant start = given(from) ? instant("from", from) : end.minus(Duration.ofHours(DEFAULT_HOURS));
        if (!end.isAfter(start)) {
            throw new InvalidThroughputQueryException("to", "must be after from (" + start + ")");
        }
        ThroughputWindow window = new ThroughputWindow(start.truncatedTo(ChronoUnit.HOURS), endOfHourOrSame(end));
        if (Duration.between(window.from, window.to).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            throw new InvalidThroughputQueryException(
                    "from",
                    "the window " + window.from + " to " + window.to + " (whole hours) spans more than " + MAX_DAYS
                            + " days; narrow it");
        }
        return window;
    }

    private static boolean given(String value) {
        return value != null && !value.isEmpty();
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidThroughputQueryException(name, "must be an ISO-8601 UTC time, e.g. 2026-11-24T10:00:00Z");
        }
    }

    /** The end of the hour {@code at} falls in: the current hour's end for now. */
    private static Instant endOfHour(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS).plus(HOUR);
    }

    /** {@code at} when it is an hour boundary, else the end of its hour. */
    private static Instant endOfHourOrSame(Instant at) {
        Instant start = at.truncatedTo(ChronoUnit.HOURS);
        return start.equals(at) ? at : start.plus(HOUR);
    }
}
