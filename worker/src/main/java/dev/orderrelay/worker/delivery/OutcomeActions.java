package dev.orderrelay.worker.delivery;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.RetryLater;
import java.time.Duration;

/** The one place that maps a destination's outcome to a queue action; {@code OutcomeActionsTests} pins the table. */
public final class OutcomeActions {

    private final RetryPolicy policy;

    public OutcomeActions(RetryPolicy policy) {
        this.policy = policy;
    }

    /** The action after attempt number {@code attempt} (1-based) ended in {@code outcome}. */
    public QueueAction decide(DeliveryOutcome outcome, int attempt) {
        return switch (outcome) {
            case Delivered delivered -> new QueueAction.Acknowledge();
            case Rejected rejected -> new QueueAction.Park(rejected.reason());
            case RetryLater retry -> retryOrGiveUp(retry, attempt);
        };
    }

    private QueueAction retryOrGiveUp(RetryLater retry, int attempt) {
        if (attempt >= policy.maxAttempts()) {
            return new QueueAction.Park("gave up after " + attempt + " attempts; last: " + retry.reason());
        }
        Duration delay = retry.delay().map(policy::capped).orElseGet(() -> policy.backOff(attempt));
        return new QueueAction.RetryIn(delay, retry.reason());
    }
}
