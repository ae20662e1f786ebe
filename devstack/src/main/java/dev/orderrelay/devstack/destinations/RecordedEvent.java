package dev.orderrelay.devstack.destinations;

import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One event a fake destination peer accepted, as listed by {@code GET /simulator/destinations/events}. What each field
 * holds depends on the peer, as its own documentation names things:
 *
 * <table>
 *   <caption>Fields per kind</caption>
 *   <tr><th>kind</th><th>key</th><th>orderId</th><th>event</th><th>type</th></tr>
 *   <tr><td>webhook</td><td>{@code webhook-id}</td><td>body {@code orderId}</td>
 *       <td>{@code purchase} for {@code order.purchase}</td><td>body {@code type}</td></tr>
 *   <tr><td>ga4</td><td>{@code transaction_id} for a purchase, {@code refund:<transaction_id>:<params hash>} for a
 *       refund</td><td>{@code transaction_id}</td><td>event {@code name}</td><td>event {@code name}</td></tr>
 *   <tr><td>segment</td><td>{@code messageId}</td><td>{@code properties.order_id}</td>
 *       <td>{@code event}, such as {@code Order Completed}</td><td>message {@code type}, such as {@code track}</td></tr>
 *   <tr><td>amplitude</td><td>{@code insert_id}</td><td>{@code event_properties.order_id}</td>
 *       <td>{@code event_type}</td><td>{@code event_type}</td></tr>
 * </table>
 *
 * @param kind the kind of destination: webhook, ga4, segment or amplitude
 * @param destination the name the destination was registered under, such as a shop's
 * @param shop the shop: a webhook body's {@code shop} field (or {@code null}), else the shop the credentials were
 *     registered for
 * @param key the dedupe key the peer honours, as in the table; a peer that assigns one when none is sent records
 *     {@code generated-} and a random id
 * @param orderId the order id the event carried, or {@code null} when it had none
 * @param event the event, as in the table
 * @param type the event's type, as in the table
 * @param duplicate whether the peer had already accepted an event with the same key in its dedupe scope and window
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

    /** This event with its duplicate flag set as the event log found it. */
    RecordedEvent withDuplicate(boolean flag) {
        return new RecordedEvent(kind, destination, shop, key, orderId, event, type, flag, receivedAt, payload);
    }
}
