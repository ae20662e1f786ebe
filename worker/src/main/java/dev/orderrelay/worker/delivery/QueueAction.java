package dev.orderrelay.worker.delivery;

import java.time.Duration;

/** What happens to a delivery message after an attempt. */
public sealed interface QueueAction permits QueueAction.Acknowledge, QueueAction.RetryIn, QueueAction.Park {

    /** Done (delivered, or nothing left to do): delete the message. */
    record Acknowledge() implements QueueAction {}

    /** Try again later: leave the message, hidden for {@code delay}. */
    record RetryIn(Duration delay, String reason) implements QueueAction {}

    /** Give up: park with {@code reason} in the ledger, then delete the message. */
    record Park(String reason) implements QueueAction {}
}
