package dev.orderrelay.worker.deadletter;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shop an EventBridge event names in {@code detail.metadata} (header names in any case, with or without the
 * {@code X-} prefix), so a dead letter SQS moved without a {@code shop} attribute is still parked under its shop.
 */
final class EventBridgeShop {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "shopify-shop-domain";

    private EventBridgeShop() {}

    static Optional<String> of(String event) {
        try {
            JsonNode metadata = JSON.readTree(event).path("detail").path("metadata");
            for (Map.Entry<String, JsonNode> header : metadata.properties()) {
                String name = header.getKey().toLowerCase(Locale.ROOT);
                if ((name.equals(HEADER) || name.equals("x-" + HEADER))
                        && header.getValue().isString()
                        && !header.getValue().stringValue().isBlank()) {
                    return Optional.of(header.getValue().stringValue());
                }
            }
        } catch (JacksonException | IllegalArgumentException unreadable) {
            // parked under the unknown shop
        }
        return Optional.empty();
    }
}
