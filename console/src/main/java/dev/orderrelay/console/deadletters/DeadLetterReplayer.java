package dev.orderrelay.console.deadletters;

import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.claims.DeliveryState;
import dev.orderrelay.ledger.claims.Reopening;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStatus;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays one parked event, once. The order matters: the event moves from parked to replayed first, by a
 * conditional write, so of two concurrent replays only one goes on to publish; a deliver-stage replay then
 * reopens its delivery claim (a delivered one stays delivered and nothing is sent); only then is the message
 * published. If publishing fails the event goes back to parked and the caller gets 503.
 */
class DeadLetterReplayer {

    static final String ALREADY_DELIVERED_NOTE = "already delivered: nothing sent";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplayer.class);

    private final ParkedEvents parked;
    private final DeliveryClaims claims;
    private final ReplayPlanner planner;
    private final QueuePublisher publisher;

    DeadLetterReplayer(ParkedEvents parked, DeliveryClaims claims, ReplayPlanner planner, QueuePublisher publisher) {
        this.parked = parked;
        this.claims = claims;
        this.planner = planner;
        this.publisher = publisher;
    }

    /**
     * Replays {@code event} as {@code user}; {@code note} is the resolution recorded when it is published. Throws
     * {@link NotParkedException}, {@link NotReplayableException} or {@link QueueUnavailableException}.
     */
    ReplayOutcome replay(ParkedEvent event, String user, String note) {
        if (event.status() != ParkedStatus.PARKED) {
            throw new NotParkedException(event);
        }
        ReplayPlan plan = planner.plan(event);
        if (plan.delivery() != null && stateOf(plan.delivery()) == DeliveryState.DELIVERED) {
            resolve(event, user, ALREADY_DELIVERED_NOTE);
            return ReplayOutcome.ALREADY_DELIVERED;
        }
        ParkedEvent resolved = resolve(event, user, note);
        if (plan.delivery() != null) {
            Reopening reopening = reopen(resolved, plan.delivery());
            if (reopening == Reopening.ALREADY_DELIVERED) {
                parked.amend(resolved, ALREADY_DELIVERED_NOTE);
                return ReplayOutcome.ALREADY_DELIVERED;
            }
        }
        try {
            publisher.publish(plan, event.shop());
        } catch (QueueUnavailableException e) {
            putBack(resolved);
            throw e;
        }
        log.debug(
                "dead letter replayed shop={} orderId={} stage={} destination={} by={}",
                event.shop(),
                event.orderId(),
                event.stage(),
                event.destination(),
                user);
        return ReplayOutcome.REPLAYED;
    }

    /** Fails early, before anything changes, for a delivery the ledger does not know or skipped on purpose. */
    private DeliveryState stateOf(DeliveryKey key) {
        Optional<DeliveryState> state = claims.forOrder(key.shop(), key.orderId()).stream()
                .filter(delivery -> delivery.key().equals(key))
                .map(DeliveryRecord::state)
                .findFirst();
        if (state.isEmpty()) {
            throw new NotReplayableException(notRegistered(key));
        }
        if (state.get() == DeliveryState.SKIPPED) {
            throw new NotReplayableException(skipped(key));
        }
        return state.get();
    }

    private Reopening reopen(ParkedEvent resolved, DeliveryKey key) {
        Reopening reopening;
        try {
            reopening = claims.reopen(key);
        } catch (RuntimeException e) {
            putBack(resolved);
            throw e;
        }
        if (reopening == Reopening.NOT_REGISTERED || reopening == Reopening.SKIPPED) {
            putBack(resolved);
            throw new NotReplayableException(reopening == Reopening.NOT_REGISTERED ? notRegistered(key) : skipped(key));
        }
        return reopening;
    }

    private ParkedEvent resolve(ParkedEvent event, String user, String note) {
        return parked.resolve(event.shop(), event.id(), ParkedStatus.REPLAYED, user, note)
                .orElseThrow(() -> new NotParkedException(
                        parked.find(event.shop(), event.id()).orElse(event)));
    }

    private void putBack(ParkedEvent resolved) {
        if (!parked.unresolve(resolved)) {
            log.warn(
                    "replayed dead letter changed before it could be put back to parked shop={} id={}",
                    resolved.shop(),
                    resolved.id());
        }
    }

    private static String notRegistered(DeliveryKey key) {
        return "The ledger has no delivery of " + key.event() + " for order " + key.orderId() + " to "
                + key.destination() + ", so this delivery cannot be replayed by itself. Replay the order's"
                + " process-stage dead letter, or let the reconciler requeue the order; then discard this one.";
    }

    private static String skipped(DeliveryKey key) {
        return "The delivery of " + key.event() + " for order " + key.orderId() + " to " + key.destination()
                + " is skipped on purpose (the shop's policy); replay does not override that.";
    }
}
