package dev.orderrelay.receiver.eventbridge;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The webhook headers Shopify puts in an event's {@code detail.metadata}, looked up as HTTP headers are: ignoring case.
 * A name is also found without its {@code X-} prefix ({@code Shopify-Topic}), as Shopify's newer Events deliveries
 * spell them. If an event has no {@code metadata} object, the headers are looked for directly under {@code detail}:
 * one third-party consumer types them there, and the event shape is not documented by Shopify (docs/eventbridge.md).
 */
final class EventBridgeMetadata {

    static final String TOPIC = "X-Shopify-Topic";
    static final String SHOP_DOMAIN = "X-Shopify-Shop-Domain";
    static final String WEBHOOK_ID = "X-Shopify-Webhook-Id";
    static final String EVENT_ID = "X-Shopify-Event-Id";
    static final String TRIGGERED_AT = "X-Shopify-Triggered-At";
    static final String API_VERSION = "X-Shopify-API-Version";

    private static final String PREFIX = "X-";

    private final Map<String, String> headers;

    private EventBridgeMetadata(Map<String, String> headers) {
        this.headers = headers;
    }

    /** The metadata of {@code detail}, empty when there is none. */
    static EventBridgeMetadata of(JsonNode detail) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (detail != null && detail.isObject()) {
            JsonNode metadata = detail.get("metadata");
            JsonNode source = metadata != null && metadata.isObject() ? metadata : detail;
            for (Map.Entry<String, JsonNode> field : source.properties()) {
                JsonNode value = field.getValue();
                if (value.isValueNode() && !value.isNull()) {
                    headers.put(field.getKey(), value.asString());
                }
            }
        }
        return new EventBridgeMetadata(headers);
    }

    /** The header's value, stripped; empty when absent or blank. */
    Optional<String> header(String name) {
        String value = headers.get(name);
        if (value == null && name.startsWith(PREFIX)) {
            value = headers.get(name.substring(PREFIX.length()));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
