package dev.orderrelay.destinations;

import dev.orderrelay.core.envelope.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One order event on its way to one destination: what a sender gets.
 *
 * <p>The payload is a Jackson tree rather than a serialized string because every sender reshapes or wraps it (the
 * webhook nests it under {@code data}, GA4 maps it to its own fields); it is copied on the way in so a caller that
 * keeps changing its tree cannot change what is sent. {@link #toString()} leaves the payload out, since it holds
 * customer data.
 *
 * @param shop the shop's platform domain, e.g. {@code demo.myshopify.com}
 * @param orderId the platform order id as a string (Shopify ids exceed 2<sup>53</sup>)
 * @param event the event kind, e.g. {@code purchase} or {@code refund}
 * @param idempotencyKey the deterministic key a destination dedupes on, identical on every retry and replay (see
 *     {@link #deriveKey}); at most 100 visible ASCII characters, since it travels in HTTP headers and Segment caps it
 * @param occurredAt when the event happened at the source (the order paid, the refund created)
 * @param payload the JSON object to send, already enriched and free of anything the destination must not get; senders
 *     treat it as read-only, since one event may go to several destinations
 */
public record OutboundEvent(
        String shop, String orderId, String event, String idempotencyKey, Instant occurredAt, JsonNode payload) {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");

    public OutboundEvent {
        requireText(shop, "shop");
        requireText(orderId, "orderId");
        requireText(event, "event");
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            throw new IllegalArgumentException("event " + event + " of order " + orderId + " for shop " + shop
                    + " needs an idempotencyKey of 1 to 100 visible ASCII characters");
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (payload == null || !payload.isObject()) {
            throw new IllegalArgumentException(
                    "event " + event + " of order " + orderId + " for shop " + shop + " needs a JSON object payload");
        }
        payload = payload.deepCopy();
    }

    /** An order-level event (such as {@code purchase}) keyed by {@link #deriveKey}{@code (shop, orderId, event)}. */
    public static OutboundEvent forOrder(
            String shop, String orderId, String event, Instant occurredAt, JsonNode payload) {
        requireText(shop, "shop");
        requireText(orderId, "orderId");
        requireText(event, "event");
        return new OutboundEvent(shop, orderId, event, deriveKey(shop, orderId, event), occurredAt, payload);
    }

    /**
     * The idempotency key for an event: the same inputs give the same key in every process, forever, so a requeue, a
     * replay or a crashed sender's successor sends under the key the destination has already seen.
     *
     * @param subjectId what the event is about: the order id for an order-level event, the refund id for a refund
     *     (one order can have several)
     * @return {@code evt_} and 32 hex digits of SHA-256 over shop, subject and event
     */
    public static String deriveKey(String shop, String subjectId, String event) {
        requireText(shop, "shop");
        requireText(subjectId, "subjectId");
        requireText(event, "event");
        // Length-prefixed, so no two distinct triples share the same material.
        String material =
                shop.length() + ":" + shop + subjectId.length() + ":" + subjectId + event.length() + ":" + event;
        return "evt_" + Sha256.hex(material.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    @Override
    public String toString() {
        return "OutboundEvent[shop=" + shop + ", orderId=" + orderId + ", event=" + event + ", idempotencyKey="
                + idempotencyKey + ", occurredAt=" + occurredAt + "]";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an outbound event needs a " + name);
        }
    }
}
