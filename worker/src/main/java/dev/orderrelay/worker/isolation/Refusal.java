package dev.orderrelay.worker.isolation;

import java.time.Duration;

/**
 * A guard's "not now": nothing was sent and no attempt was spent, so the message is only hidden for {@code delay}.
 *
 * @param delay how long to hide the message
 * @param reason which scope refused, and why
 * @param circuitOpen whether the scope's breaker is open (repeated failures), as opposed to busy (a full bulkhead or
 *     the rate limit): only an open breaker's deferral grows with each receive of the message
 */
public record Refusal(Duration delay, String reason, boolean circuitOpen) {

    static Refusal open(Duration delay, String reason) {
        return new Refusal(delay, reason, true);
    }

    static Refusal busy(Duration delay, String reason) {
        return new Refusal(delay, reason, false);
    }
}
