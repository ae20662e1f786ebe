package dev.orderrelay.destinations;

import java.time.Duration;
import java.util.Objects;

/**
 * The destination accepted the event.
 *
 * @param status the destination's HTTP status (2xx)
 * @param took how long the send took, from the first byte out to the answer
 */
public record Delivered(int status, Duration took) implements DeliveryOutcome {

    public Delivered {
        Objects.requireNonNull(took, "took");
        if (took.isNegative()) {
            throw new IllegalArgumentException("took must not be negative: " + took);
        }
    }
}
