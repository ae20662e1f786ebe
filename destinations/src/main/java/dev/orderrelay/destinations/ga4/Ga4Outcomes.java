package dev.orderrelay.destinations.ga4;

import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.Rejected;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** The outcomes of one {@code sendAll}, one per event in the order given, each logged as it is decided. */
final class Ga4Outcomes {

    private final List<Ga4Attempt> attempts;
    private final DeliveryOutcome[] outcomes;
    private final Ga4DeliveryLog log;

    Ga4Outcomes(List<Ga4Attempt> attempts, Ga4DeliveryLog log) {
        this.attempts = List.copyOf(attempts);
        this.outcomes = new DeliveryOutcome[attempts.size()];
        this.log = log;
    }

    /** Every event refused for the same {@code reason}, such as a broken target config. */
    void rejectAll(String reason) {
        for (int position = 0; position < outcomes.length; position++) {
            reject(position, reason);
        }
    }

    /** The event at {@code position} refused for {@code reason}, which follows the event's ids. */
    void reject(int position, String reason) {
        Ga4Attempt attempt = attempts.get(position);
        set(position, new Rejected(attempt.describe() + ": " + reason), OptionalInt.empty());
    }

    void set(Ga4Event event, DeliveryOutcome outcome, OptionalInt status) {
        set(event.position(), outcome, status);
    }

    private void set(int position, DeliveryOutcome outcome, OptionalInt status) {
        outcomes[position] = Objects.requireNonNull(outcome, "outcome");
        log.finished(attempts.get(position), status, outcome);
    }

    /**
     * The outcomes in order.
     *
     * @throws IllegalStateException when an event got none, which would be a bug in the sender
     */
    List<DeliveryOutcome> list() {
        if (Arrays.stream(outcomes).anyMatch(Objects::isNull)) {
            throw new IllegalStateException("the GA4 sender left an event without an outcome");
        }
        return List.of(outcomes);
    }
}
