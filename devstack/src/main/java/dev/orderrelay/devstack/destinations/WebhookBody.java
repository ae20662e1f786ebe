package dev.orderrelay.devstack.destinations;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a fake destination reads from an order event: its {@code type} (such as {@code order.purchase}), the order id
 * (a JSON string, so large Shopify ids survive JavaScript consumers), the shop when present, and the whole document.
 */
record WebhookBody(String type, String orderId, String shop, JsonNode document) {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Parses a body, refusing what a strict merchant endpoint would; never echoes the body in the reason. */
    static WebhookBody parse(byte[] body) {
        JsonNode document;
        try {
            document = MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidWebhookBodyException("body is not valid JSON");
        }
        if (document == null || !document.isObject()) {
            throw new InvalidWebhookBodyException("body must be a JSON object");
        }
        String type = requiredString(document, "type");
        String orderId = requiredString(document, "orderId");
        JsonNode shop = document.get("shop");
        String shopName = shop != null && shop.isString() ? shop.stringValue() : null;
        return new WebhookBody(type, orderId, shopName, document);
    }

    /** The event kind: the part of the type after its last dot, so {@code order.purchase} gives {@code purchase}. */
    String event() {
        String event = type.substring(type.lastIndexOf('.') + 1);
        return event.isEmpty() ? type : event;
    }

    private static String requiredString(JsonNode document, String field) {
        JsonNode value = document.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidWebhookBodyException(field + " is required");
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            throw new InvalidWebhookBodyException(field + " must be a non-empty JSON string");
        }
        return value.stringValue();
    }
}
