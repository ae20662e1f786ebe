package dev.orderrelay.destinations;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The send failed in a way that may pass: the destination is down, slow, overloaded or rate-limiting us. The worker
 * hides the message and tries again with the same idempotency key.
 *
 * @param delay the least time to wait, when the destination said so ({@code Retry-After}); empty means "use the
 *     worker's own back-off". The worker still caps it to what its queue allows.
 * @param reason what failed, for which destination, shop and order
 * @param scope what else fails with it, so the worker's breakers hold back just that
 */
public record RetryLater(Optional<Duration> delay, String reason, FailureScope scope) implements DeliveryOutcome {

    public RetryLater {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(scope, "scope");
        delay.ifPresent(d -> {
            if (d.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative: " + d);
            }
        });
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a RetryLater needs a reason saying what failed");
        }
    }

    /** A retry of a failure of this shop's target, on the worker's back-off schedule. */
    public static RetryLater withBackOff(String reason) {
        return withBackOff(reason, FailureScope.TARGET);
    }

    /** A retry on the worker's back-off schedule. */
    public static RetryLater withBackOff(String reason, FailureScope scope) {
        return new RetryLater(Optional.empty(), reason, scope);
    }

    /** A retry of a failure of this shop's target, no sooner than {@code delay}, as the destination asked. */
    public static RetryLater after(Duration delay, String reason) {
        return after(delay, reason, FailureScope.TARGET);
    }

    /** A retry no sooner than {@code delay}, as the destination asked. */
    public static RetryLater after(Duration delay, String reason, FailureScope scope) {
        return new RetryLater(Optional.of(delay), reason, scope);
    }
}
