package dev.orderrelay.ledger.held;

import java.time.Instant;
import java.util.Objects;

/**
 * An event kept until its order is processed.
 *
 * @param shop the shop's platform domain
 * @param orderId the order it belongs to
 * @param heldId what it is, unique within the order: {@code refund-<refund id>}; holding the same event again
 *     replaces it
 * @param topic the platform topic it came with, e.g. {@code refunds/create}
 * @param message the ingest queue message (the envelope) to apply; it may hold customer data
 * @param heldAt when it was first kept
 */
public record HeldEvent(String shop, String orderId, String heldId, String topic, String message, Instant heldAt) {

    public HeldEvent {
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(heldId, "heldId");
        Objects.requireNonNull(message, "message");
        if (orderId.contains("|")) {
            throw new IllegalArgumentException("an order id cannot contain '|': " + orderId);
        }
    }

    @Override
    public String toString() {
        return "HeldEvent[shop=" + shop + ", orderId=" + orderId + ", heldId=" + heldId + ", topic=" + topic + "]";
    }
}
