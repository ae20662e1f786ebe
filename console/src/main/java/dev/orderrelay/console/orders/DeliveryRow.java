package dev.orderrelay.console.orders;

import dev.orderrelay.ledger.claims.DeliveryRecord;
import java.util.Comparator;

/**
 * One event of an order to one destination, as the order page's table shows it: the API's view plus when it was
 * delivered.
 *
 * @param state {@code PENDING}, {@code DELIVERED}, {@code PARKED} or {@code SKIPPED}
 * @param lastError the last retryable failure or the park reason (destinations' words, never customer data)
 * @param deliveredAt ISO-8601 UTC; null until delivered
 */
record DeliveryRow(
        String destination,
        String kind,
        String event,
        String state,
        int attempts,
        String lastError,
        String deliveredAt) {

    static final Comparator<DeliveryRow> BY_DESTINATION_THEN_EVENT =
            Comparator.comparing(DeliveryRow::destination).thenComparing(DeliveryRow::event);

    static DeliveryRow of(DeliveryRecord delivery) {
        return new DeliveryRow(
                delivery.key().destination(),
                delivery.kind(),
                delivery.key().event(),
                delivery.state().name(),
                delivery.attempts(),
                delivery.lastError(),
                delivery.deliveredAt() == null ? null : delivery.deliveredAt().toString());
    }
}
