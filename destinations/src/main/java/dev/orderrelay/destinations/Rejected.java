package dev.orderrelay.destinations;

/**
 * The destination refused the event for good, or it could never be sent: a 4xx that retrying cannot fix, an invalid
 * target, an address we may not connect to, a redirect we do not follow. The worker parks it with this reason; a
 * replay after a fix sends it again with the same idempotency key.
 *
 * @param reason what failed, for which destination, shop and order, with the destination's own words when it gave
 *     any (truncated)
 */
public record Rejected(String reason) implements DeliveryOutcome {

    public Rejected {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a Rejected needs a reason saying what failed");
        }
    }
}
