package dev.orderrelay.receiver.eventbridge;

import dev.orderrelay.core.envelope.EnvelopeSource;
import dev.orderrelay.receiver.enqueue.IncomingWebhook;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one SQS message that an EventBridge rule delivered: the whole event, {@code detail-type}
 * {@code shopifyWebhook}, the webhook headers in {@code detail.metadata}, the webhook body as JSON in
 * {@code detail.payload} (platforms.md section 2.2). The body of the envelope is that payload serialized compactly;
 * decimals keep every digit and trailing zero, and ids above 2^53 stay exact. There is no signature to check: the
 * payload was re-serialized on the way, and EventBridge deliveries carry no HMAC Shopify documents; IAM decides who
 * may put events on the bus and the queue.
 */
final class EventBridgeEventReader {

    static final String DETAIL_TYPE = "shopifyWebhook";

    /** Checked in this order; an event missing several is rejected naming the first. */
    static final List<String> REQUIRED =
            List.of(EventBridgeMetadata.TOPIC, EventBridgeMetadata.SHOP_DOMAIN, EventBridgeMetadata.WEBHOOK_ID);

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    EventRead read(String message, Instant receivedAt) {
        JsonNode event;
        try {
            event = MAPPER.readTree(message);
        } catch (JacksonException e) {
            // The parser's own message may quote the offending text, which can be customer data: say where, not what.
            return rejected(EventRejection.UNREADABLE_JSON, "the message body is not JSON" + at(e), null, null);
        }
        if (event == null || !event.isObject()) {
            return rejected(EventRejection.UNREADABLE_JSON, "the message body is not a JSON object", null, null);
        }
        String eventBridgeId = text(event.get("id"));
        JsonNode detail = event.get("detail");
        EventBridgeMetadata metadata = EventBridgeMetadata.of(detail);
        String shop = metadata.header(EventBridgeMetadata.SHOP_DOMAIN).orElse(null);
        String detailType = text(event.get("detail-type"));
        if (!DETAIL_TYPE.equals(detailType)) {
            return rejected(
                    EventRejection.WRONG_DETAIL_TYPE,
                    "detail-type is " + (detailType == null ? "missing" : "'" + detailType + "'") + ", not '"
                            + DETAIL_TYPE + "': narrow the EventBridge rule's event pattern to Shopify webhooks",
                    shop,
                    eventBridgeId);
        }
        if (detail == null || !detail.isObject()) {
            return rejected(EventRejection.MISSING_PAYLOAD, "the event has no detail object", null, eventBridgeId);
        }
        for (String header : REQUIRED) {
            if (metadata.header(header).isEmpty()) {
                return rejected(
                        EventRejection.MISSING_HEADER,
                        header + " is missing or empty in detail.metadata",
                        shop,
                        eventBridgeId);
            }
        }
        JsonNode payload = detail.get("payload");
        if (payload == null || !payload.isObject()) {
            return rejected(
                    EventRejection.MISSING_PAYLOAD,
                    "detail.payload is " + (payload == null ? "missing" : "not a JSON object"),
                    shop,
                    eventBridgeId);
        }
        IncomingWebhook webhook = new IncomingWebhook(
                shop,
                metadata.header(EventBridgeMetadata.TOPIC).orElseThrow(),
                metadata.header(EventBridgeMetadata.WEBHOOK_ID).orElseThrow(),
                metadata.header(EventBridgeMetadata.EVENT_ID).orElse(null),
                instantOrNull(metadata.header(EventBridgeMetadata.TRIGGERED_AT)),
                metadata.header(EventBridgeMetadata.API_VERSION).orElse(null),
                MAPPER.writeValueAsBytes(payload),
                receivedAt,
                EnvelopeSource.EVENTBRIDGE);
        boolean idOnly = payload.size() == 1 && payload.has("id");
        return new EventRead.Accepted(webhook, idOnly, eventBridgeId);
    }

    private static EventRead.Rejected rejected(
            EventRejection rejection, String detail, String shop, String eventBridgeId) {
        return new EventRead.Rejected(rejection, detail, shop, eventBridgeId);
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    private static String at(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** A malformed timestamp is no reason to reject the event: the envelope goes without it, as over HTTPS. */
    private static Instant instantOrNull(Optional<String> value) {
        try {
            return value.map(Instant::parse).orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
