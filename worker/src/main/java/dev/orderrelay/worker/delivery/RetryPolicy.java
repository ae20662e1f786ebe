package dev.orderrelay.worker.delivery;

import java.time.Duration;

/**
 * How long to wait between attempts and when to stop: exponential from {@code base}, capped at {@code max}; a
 * destination's own Retry-After wins but is capped too. SQS hides a message for at most 12 hours.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration max) {

    static final Duration SQS_MAX_VISIBILITY = Duration.ofHours(12);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("relay.worker.max-attempts must be at least 1, got " + maxAttempts);
        }
        if (!base.isPositive() || base.compareTo(max) > 0 || max.compareTo(SQS_MAX_VISIBILITY) > 0) {
            throw new IllegalArgumentException("relay.worker.retry-base must be positive and at most relay.worker"
                    + ".retry-max, which must be at most 12h (SQS's visibility limit); got " + base + " and " + max);
        }
    }

    /** The wait after failed attempt number {@code attempt} (1-based). */
    Duration backOff(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    Duration capped(Duration requested) {
        return requested.compareTo(max) > 0 ? max : requested;
    }
}
