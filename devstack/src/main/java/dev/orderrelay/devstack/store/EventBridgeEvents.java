package dev.orderrelay.devstack.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A webhook as Shopify puts it on EventBridge and EventBridge hands it to an SQS target (platforms.md section 2.2):
 * {@code detail-type} {@code shopifyWebhook}, the delivery's headers in {@code detail.metadata}, the payload as JSON
 * in {@code detail.payload}. The payload is re-serialized, so its bytes differ from the HTTPS body (whitespace, key
 * escapes), never its values: decimals keep their digits.
 */
final class EventBridgeEvents {

    static final String DETAIL_TYPE = "shopifyWebhook";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private EventBridgeEvents() {}

    /** The event for {@code webhook} on {@code bus}, as the SQS message body; its id is new on every call. */
    static String event(SignedWebhook webhook, SimulatedEventBridge bus, Instant now) {
        ObjectNode event = MAPPER.createObjectNode();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", DETAIL_TYPE);
        event.put("source", bus.source().name());
        event.put("account", SimulatedEventBridge.DEVSTACK_ACCOUNT);
        event.put("time", now.truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", bus.source().region());
        event.putArray("resources");
        ObjectNode detail = event.putObject("detail");
        ObjectNode metadata = detail.putObject("metadata");
        // Every header of the HTTPS delivery, signature included as the shape in platforms.md shows it; it signs the
        // original bytes, not this re-serialized payload, so no receiver can check it.
        webhook.headers().forEach(metadata::put);
        detail.set("payload", payload(webhook.body(), bus.payloadLimit()));
        return MAPPER.writeValueAsString(event);
    }

    /** Whether {@code webhook}'s payload is too large to travel whole, and goes as its id alone. */
    static boolean cut(SignedWebhook webhook, SimulatedEventBridge bus) {
        return webhook.body().length > bus.payloadLimit();
    }

    private static JsonNode payload(byte[] body, int limit) {
        JsonNode payload = MAPPER.readTree(body);
        if (body.length <= limit) {
            return payload;
        }
        ObjectNode idOnly = MAPPER.createObjectNode();
        idOnly.set("id", payload.get("id"));
        return idOnly;
    }
}
