package dev.orderrelay.devstack.destinations;

import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One event a fake peer answered with a success but did not keep, as the real service silently drops it: GA4 events
 * that fail validation or carry unknown credentials, Segment messages without a user id or with an unknown write key.
 * The sender sees a 2xx; only this list shows the event never landed.
 *
 * @param kind the kind of peer, such as {@code ga4}
 * @param destination the registered destination the credentials named, or {@code null} when they named none
 * @param shop the shop of that registration, or {@code null}
 * @param orderId the order id the event carried (GA4 {@code transaction_id}, Segment {@code properties.order_id}), or
 *     {@code null}
 * @param event the event name (GA4 {@code name}, Segment {@code event}), or {@code null} when it had none
 * @param reason why the peer dropped it, in the peer's terms
 * @param droppedAt when it arrived, by the peer's clock
 * @param payload the event as sent (never a credential), or {@code null} when the body could not be parsed; a copy on
 *     every read
 */
public record DroppedEvent(
        String kind,
        String destination,
        String shop,
        String orderId,
        String event,
        String reason,
        Instant droppedAt,
        JsonNode payload) {

    public DroppedEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(droppedAt, "droppedAt");
        payload = payload == null ? null : payload.deepCopy();
    }

    @Override
    public JsonNode payload() {
        return payload == null ? null : payload.deepCopy();
    }
}
