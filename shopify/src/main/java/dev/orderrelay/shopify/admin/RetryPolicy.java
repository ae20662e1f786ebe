package dev.orderrelay.shopify.admin;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Back-off between attempts after a transient failure: the initial back-off doubled for each failure so far, capped,
 * with "equal jitter" (half fixed, half random) so that many shops failing together do not retry in step.
 */
final class RetryPolicy {

    private final Duration initial;
    private final Duration maximum;
    private final DoubleSupplier jitter;

    /** {@code jitter} gives values in [0, 1). */
    RetryPolicy(Duration initial, Duration maximum, DoubleSupplier jitter) {
        this.initial = initial;
        this.maximum = maximum;
        this.jitter = jitter;
    }

    /** The wait after the {@code failures}-th failure in a row (1 for the first). */
    Duration backoff(int failures) {
        double exponential = initial.toMillis() * Math.pow(2, Math.max(0, failures - 1));
        long capped = (long) Math.min(maximum.toMillis(), exponential);
        long half = capped / 2;
        double random = Math.min(Math.max(jitter.getAsDouble(), 0), 1);
        return Duration.ofMillis(half + Math.round((capped - half) * random));
    }

    /** A server's {@code Retry-After}, capped at the maximum back-off, else {@link #backoff}. */
    Duration backoff(int failures, Optional<Duration> retryAfter) {
        return retryAfter
                .map(after -> after.compareTo(maximum) > 0 ? maximum : after)
                .orElseGet(() -> backoff(failures));
    }
}
