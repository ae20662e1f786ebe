package dev.orderrelay.devstack.destinations;

import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One event a fake destination accepted, as listed by {@code GET /simulator/destinations/events}.
 *
 * @param kind the kind of destination, {@code webhook} here
 * @param destination the name the destination was registered under, such as a shop's
 * @param shop the body's {@code shop} field, or {@code null} when it had none
 * @param key the idempotency key the sender chose, here the {@code webhook-id}
 * @param orderId the body's {@code orderId}
 * @param event the event kind, such as {@code purchase} for type {@code order.purchase}
 * @param type the body's {@code type} as sent
 * @param duplicate whether this destination had already accepted an event with the same key
 * @param receivedAt when it was accepted, by the destination's clock
 * @param payload the parsed body; a copy on every read, so callers cannot change what was recorded
 */
public record RecordedEvent(
        String kind,
        String destination,
        String shop,
        String key,
        String orderId,
        String event,
        String type,
        boolean duplicate,
        Instant receivedAt,
        JsonNode payload) {

    public RecordedEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(receivedAt, "receivedAt");
        payload = Objects.requireNonNull(payload, "payload").deepCopy();
    }

    @Override
    public JsonNode payload() {
        return payload.deepCopy();
    }
}
