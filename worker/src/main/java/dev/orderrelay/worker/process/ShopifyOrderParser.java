package dev.orderrelay.worker.process;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses a REST-format Shopify order (the body of orders/create, orders/paid, orders/updated). Integers are read
 * exactly (as big integers), so an id above 2^53 keeps every digit. Anything missing that the pipeline needs is an
 * {@link UnprocessablePayloadException} whose message names the field.
 */
public final class ShopifyOrderParser {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    public ShopifyOrder parse(String body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new UnprocessablePayloadException("payload is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UnprocessablePayloadException("payload is not a JSON object");
        }
        return new ShopifyOrder(
                id(root, "id"),
                text(root, "name"),
                createdAt(root),
                text(root, "financial_status").toLowerCase(Locale.ROOT),
                root.path("test").asBoolean(false),
                text(root, "currency"),
                decimal(root, "total_price"),
                lineItems(root.path("line_items")));
    }

    private static List<ShopifyOrder.LineItem> lineItems(JsonNode items) {
        List<ShopifyOrder.LineItem> lines = new ArrayList<>();
        for (JsonNode item : items) {
            lines.add(new ShopifyOrder.LineItem(
                    id(item, "id"),
                    optionalId(item, "product_id"),
                    optionalId(item, "variant_id"),
                    item.path("sku").isString() ? item.path("sku").stringValue() : null,
                    item.path("title").isString() ? item.path("title").stringValue() : "",
                    item.path("quantity").asInt(1),
                    decimal(item, "price")));
        }
        return lines;
    }

    private static java.time.Instant createdAt(JsonNode root) {
        String value = text(root, "created_at");
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new UnprocessablePayloadException("field 'created_at' is not an ISO-8601 time: '" + value + "'");
        }
    }

    private static String id(JsonNode node, String field) {
        String id = optionalId(node, field);
        if (id == null) {
            throw new UnprocessablePayloadException("field '" + field + "' is missing or not an integer id");
        }
        return id;
    }

    private static String optionalId(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isIntegralNumber() ? value.bigIntegerValue().toString() : null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.stringValue().isBlank()) {
            throw new UnprocessablePayloadException("field '" + field + "' is missing or not a string");
        }
        return value.stringValue();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new UnprocessablePayloadException("field '" + field + "' is not a decimal: '" + value + "'");
        }
    }
}
