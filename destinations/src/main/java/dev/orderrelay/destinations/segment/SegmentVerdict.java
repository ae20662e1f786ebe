package dev.orderrelay.destinations.segment;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.FailureScope;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.RetryLater;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one request's answer means for every event it carried. Segment judges a batch as a whole, so each event of a
 * request gets the same verdict, in a reason that names its own order.
 *
 * @param kind accepted, refused or worth retrying
 * @param status the HTTP status, or -1 when no answer came
 * @param cause what happened, in words that follow the event's description in a reason
 * @param delay for a retry, the least time to wait when Segment said so
 * @param scope for a retry, what else fails with it
 */
record SegmentVerdict(Kind kind, int status, String cause, Optional<Duration> delay, FailureScope scope) {

    enum Kind {
        /** Segment took the request: all it ever tells. */
        ACCEPTED,
        /** Segment refused the request for good; in a batch, some event of it is bad. */
        REFUSED,
        /** The request may pass later. */
        RETRY
    }

    SegmentVerdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(scope, "scope");
    }

    static SegmentVerdict accepted(int status) {
        return new SegmentVerdict(Kind.ACCEPTED, status, "accepted", Optional.empty(), FailureScope.EVENT);
    }

    static SegmentVerdict refused(int status, String cause) {
        return new SegmentVerdict(Kind.REFUSED, status, cause, Optional.empty(), FailureScope.EVENT);
    }

    static SegmentVerdict retry(int status, String cause, Optional<Duration> delay, FailureScope scope) {
        return new SegmentVerdict(Kind.RETRY, status, cause, delay, scope);
    }

    /**
     * Whether the events of this target not yet sent should wait too, unsent: the failure is Segment's or the shop's
     * credentials', not one event's.
     */
    boolean holdsBackTheRest() {
        return kind == Kind.RETRY && scope != FailureScope.EVENT;
    }

    /** The outcome for one event of the request, which took {@code took}. */
    DeliveryOutcome outcomeFor(SegmentAttempt attempt, Duration took) {
        return switch (kind) {
            case ACCEPTED -> new Delivered(status, took);
            case REFUSED -> new Rejected(attempt.describe() + ": " + cause);
            case RETRY -> new RetryLater(delay, attempt.describe() + ": " + cause, scope);
        };
    }

    /** The outcome for an event held back, unsent, by this verdict on an earlier request to the same target. */
    DeliveryOutcome heldBack(SegmentAttempt attempt) {
        return new RetryLater(
                delay, attempt.describe() + ": not sent, since an earlier request failed: " + cause, scope);
    }
}
