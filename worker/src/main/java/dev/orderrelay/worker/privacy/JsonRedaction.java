package dev.orderrelay.worker.privacy;

import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Redacts JSON the ledger and the bodies bucket keep about one customer: an order or refund payload (its personal
 * fields nulled, see {@link PersonalData}) and a delivery message (the identifiers its event carried). What is left
 * is then scrubbed: every string loses the customer's known values, every value that is the customer's id is nulled.
 * Works on copies; the caller writes the result back.
 */
final class JsonRedaction {

    /** Decimals read as BigDecimal, so amounts are written back exactly as they came. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final String CUSTOMER_GID = "gid://shopify/Customer/";

    private JsonRedaction() {}

    /** The text as JSON, or empty when it is not JSON (a malformed payload, an unreadable message). */
    static Optional<JsonNode> parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    static String write(JsonNode node) {
        return JSON.writeValueAsString(node);
    }

    /** An order or refund payload without the customer's personal data; {@code tokens} gain its personal values. */
    static JsonNode payload(JsonNode root, String customerId, PersonalTokens tokens) {
        JsonNode copy = root.deepCopy();
        PersonalData.redact(copy, tokens);
        scrub(copy, customerId, tokens);
        return copy;
    }

    /**
     * A delivery message without the identifiers its event carried about the customer: {@code identity} (customer
     * id, GA client and session ids, Segment anonymous id, Amplitude device id) and {@code attribution} (click ids).
     */
    static JsonNode deliveryMessage(JsonNode message, String customerId, PersonalTokens tokens) {
        JsonNode copy = message.deepCopy();
        if (copy.get("payload") instanceof ObjectNode payload) {
            payload.remove("identity");
            payload.remove("attribution");
        }
        scrub(copy, customerId, tokens);
        return copy;
    }

    /** Removes the customer's values from every string, and nulls every value that is their id. */
    static void scrub(JsonNode node, String customerId, PersonalTokens tokens) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode value = object.get(name);
                if (isCustomerId(value, customerId)) {
                    object.putNull(name);
                } else if (value.isString()) {
                    String scrubbed = tokens.scrub(value.stringValue());
                    if (!scrubbed.equals(value.stringValue())) {
                        object.put(name, scrubbed);
                    }
                } else {
                    scrub(value, customerId, tokens);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode element = array.get(i);
                if (isCustomerId(element, customerId)) {
                    array.set(i, JSON.getNodeFactory().nullNode());
                } else if (element.isString()) {
                    array.set(i, JSON.getNodeFactory().stringNode(tokens.scrub(element.stringValue())));
                } else {
                    scrub(element, customerId, tokens);
                }
            }
        }
    }

    private static boolean isCustomerId(JsonNode value, String customerId) {
        if (customerId == null) {
            return false;
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString().equals(customerId);
        }
        return value.isString()
                && (value.stringValue().equals(customerId)
                        || value.stringValue().equals(CUSTOMER_GID + customerId));
    }
}
