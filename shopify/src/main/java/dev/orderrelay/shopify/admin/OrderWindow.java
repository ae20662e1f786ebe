package dev.orderrelay.shopify.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A span of time [from, to) in UTC, turned into Shopify's order search syntax, e.g. {@code
 * created_at:>='2026-11-24T10:00:00Z' AND created_at:<'2026-11-24T11:00:00Z'}. Bounds are whole seconds, the precision
 * of Shopify's timestamps, so that consecutive windows neither overlap nor leave a gap.
 *
 * @param from the first instant in the window
 * @param to the first instant after it
 */
public record OrderWindow(Instant from, Instant to) {

    /** Checks the bounds. */
    public OrderWindow {
        Objects.requireNonNull(from, "a window needs its start");
        Objects.requireNonNull(to, "a window needs its end");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a window must end after it starts: [" + from + ", " + to + ")");
        }
        if (from.getNano() != 0 || to.getNano() != 0) {
            throw new IllegalArgumentException(
                    "window bounds must be whole seconds (Shopify's precision): [" + from + ", " + to + ")");
        }
    }

    /** The UTC hour starting at {@code hourStart}, which must be on the hour. */
    public static OrderWindow hourStarting(Instant hourStart) {
        if (!hourStart.truncatedTo(ChronoUnit.HOURS).equals(hourStart)) {
            throw new IllegalArgumentException("an hour window must start on the hour, was " + hourStart);
        }
        return new OrderWindow(hourStart, hourStart.plus(Duration.ofHours(1)));
    }

    /** The search query for orders created in this window. */
    public String createdAtQuery() {
        return query("created_at");
    }

    /** The search query for orders updated in this window. */
    public String updatedAtQuery() {
        return query("updated_at");
    }

    private String query(String field) {
        return field + ":>='" + from + "' AND " + field + ":<'" + to + "'";
    }
}
