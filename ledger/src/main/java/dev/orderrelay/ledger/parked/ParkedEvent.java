package dev.orderrelay.ledger.parked;

import java.time.Instant;

/**
 * An event given up on, and what support did with it.
 *
 * @param id time-ordered within the shop: {@code <epoch millis>-<random>}
 * @param destination the destination's name for the deliver stage; null for the process stage
 * @param orderId null when the payload could not be read far enough to know it
 * @param reason what failed and what to do, in words support can act on; never customer data
 * @param message the queue message to replay (an envelope, or a delivery message); may hold customer data
 * @param resolvedBy the console user who replayed or discarded it; null while it is parked
 * @param resolvedAt when it was replayed or discarded; null while it is parked
 * @param resolution what happened (e.g. {@code already delivered: nothing sent}) or why it was discarded; support's
 *     words, never the message
 */
public record ParkedEvent(
        String shop,
        String id,
        ParkedStage stage,
        String destination,
        String orderId,
        String webhookId,
        String reason,
        int attempts,
        ParkedStatus status,
        Instant parkedAt,
        String message,
        String resolvedBy,
        Instant resolvedAt,
        String resolution) {

    @Override
    public String toString() {
        return "ParkedEvent[shop=" + shop + ", id=" + id + ", stage=" + stage + ", destination=" + destination
                + ", orderId=" + orderId + ", status=" + status + "]";
    }
}
