package dev.orderrelay.console.orders;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.orderrelay.ledger.claims.DeliveryRecord;

/**
 * One event of an order to one destination, as the order view shows it.
 *
 * @param destination the destination's name in the shop's configuration
 * @param kind {@code webhook}, {@code ga4}, {@code segment} or {@code amplitude}
 * @param event e.g. {@code purchase}
 * @param key the idempotency key every send of this event carries
 * @param state {@code PENDING}, {@code DELIVERED}, {@code PARKED} or {@code SKIPPED}
 * @param attempts how many times a sender claimed it
 * @param lastError the last retryable failure or the park reason; null when none
 */
@JsonPropertyOrder({"destination", "kind", "event", "key", "state", "attempts", "lastError"})
record DeliveryView(
        String destination, String kind, String event, String key, String state, int attempts, String lastError) {

    static DeliveryView from(DeliveryRecord delivery) {
        return new DeliveryView(
                delivery.key().destination(),
                delivery.kind(),
                delivery.key().event(),
                delivery.idempotencyKey(),
                delivery.state().name(),
                delivery.attempts(),
                delivery.lastError());
    }
}
