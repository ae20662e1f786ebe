package dev.orderrelay.bench.faults;

import java.util.Objects;

/**
 * One event a fake destination accepted, as {@code GET /simulator/destinations/events?payload=false} lists it.
 *
 * @param kind webhook, ga4, segment or amplitude
 * @param destination the destination's name
 * @param key the dedupe key the peer honours
 * @param orderId the order the event carried, or null
 * @param event the event's name as the peer records it ({@code purchase}, {@code Order Completed}, ...)
 * @param duplicate whether the peer had already accepted an event with this key
 */
public record AcceptedEvent(
        String kind, String destination, String key, String orderId, String event, boolean duplicate) {

    public AcceptedEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }

    /** Whether this is an order's purchase as the worker sends it to a destination of this kind. */
    public boolean isPurchase() {
        return PurchaseEvents.isPurchase(kind, event);
    }
}
