package dev.orderrelay.destinations;

import java.util.ArrayList;
import java.util.List;

/**
 * A sender for one kind of destination. One instance serves every shop and every target of its kind, from many worker
 * threads at once.
 *
 * <p>{@link #send} reports every remote failure (refused connection, timeout, error status, a target we may not
 * reach) as a {@link DeliveryOutcome}; it throws only for programming errors, such as a target of another kind. It
 * sends exactly once per call: retries are the worker's, so they happen with a claim held and a back-off applied.
 * Senders never touch the ledger.
 */
public interface Destination {

    /** The kind of target this sender serves. */
    DestinationKind kind();

    /**
     * Sends {@code event} to {@code target}, carrying the event's idempotency key the way this destination dedupes.
     *
     * @throws IllegalArgumentException when {@code target} is of another kind
     */
    DeliveryOutcome send(OutboundEvent event, DestinationTarget target);

    /**
     * Sends several events of one target, in as few requests as the destination's limits allow, and reports one
     * outcome per event, in the order given: a destination that rejects single events of a batch gets the others
     * delivered or retried, never lost with the bad one. The default sends them one by one.
     *
     * @throws IllegalArgumentException when {@code target} is of another kind
     */
    default List<DeliveryOutcome> sendAll(List<OutboundEvent> events, DestinationTarget target) {
        List<DeliveryOutcome> outcomes = new ArrayList<>(events.size());
        for (OutboundEvent event : events) {
            outcomes.add(send(event, target));
        }
        return outcomes;
    }
}
