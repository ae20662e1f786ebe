package dev.orderrelay.worker.process;

import java.math.BigDecimal;
import java.time.Instant;
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
 * exactly (as big integers), so an id above 2^53 keeps every digit. What the pipeline cannot do without (id, name,
 * times, currency, total, lines) is an {@link UnprocessablePayloadException} whose message names the field; amounts
 * a trimmed payload may lack (tax, shipping, discounts) count as zero, and a missing subtotal as the lines' sum.
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
        // Checked in reading order, so the first problem of a payload is the one named.
        String id = id(root, "id");
        String name = text(root, "name");
        Instant createdAt = time(root, "created_at");
        List<ShopifyOrder.LineItem> lines = lineItems(root.path("line_items"));
        return new ShopifyOrder(
                id,
                name,
                createdAt,
                root.path("processed_at").isString() ? time(root, "processed_at") : createdAt,
                text(root, "financial_status").toLowerCase(Locale.ROOT),
                root.path("test").asBoolean(false),
                optionalText(root, "source_name"),
                optionalId(root.path("customer"), "id"),
                text(root, "currency"),
                decimal(root, "total_price"),
                root.has("subtotal_price") ? decimal(root, "subtotal_price") : linesAfterDiscounts(lines),
                optionalDecimal(root, "total_tax"),
                lineTax(root.path("line_items")),
                root.path("taxes_included").asBoolean(false),
                shipping(root),
                optionalDecimal(root, "total_discounts"),
                discountCodes(root.path("discount_codes")),
                lines);
    }

    private static List<ShopifyOrder.LineItem> lineItems(JsonNode items) {
        List<ShopifyOrder.LineItem> lines = new ArrayList<>();
        for (JsonNode item : items) {
            lines.add(new ShopifyOrder.LineItem(
                    id(item, "id"),
                    optionalId(item, "product_id"),
                    optionalId(item, "variant_id"),
                    optionalText(item, "sku"),
                    item.path("title").isString() ? item.path("title").stringValue() : "",
                    optionalText(item, "variant_title"),
                    optionalText(item, "vendor"),
                    item.path("quantity").asInt(1),
                    decimal(item, "price"),
                    lineDiscount(item)));
        }
        return lines;
    }

    /** Discount allocations are the current field; {@code total_discount} the older one. */
    private static BigDecimal lineDiscount(JsonNode item) {
        JsonNode allocations = item.path("discount_allocations");
        if (allocations.isArray() && !allocations.isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode allocation : allocations) {
                sum = sum.add(optionalDecimal(allocation, "amount"));
            }
            return sum;
        }
        return optionalDecimal(item, "total_discount");
    }

    private static BigDecimal lineTax(JsonNode items) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode item : items) {
            for (JsonNode tax : item.path("tax_lines")) {
                sum = sum.add(optionalDecimal(tax, "price"));
            }
        }
        return sum;
    }

    private static BigDecimal shipping(JsonNode root) {
        JsonNode set = root.path("total_shipping_price_set").path("shop_money");
        if (set.isObject()) {
            return optionalDecimal(set, "amount");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : root.path("shipping_lines")) {
            sum = sum.add(optionalDecimal(line, "price"));
        }
        return sum;
    }

    private static List<String> discountCodes(JsonNode codes) {
        List<String> found = new ArrayList<>();
        for (JsonNode code : codes) {
            String text = optionalText(code, "code");
            if (text != null) {
                found.add(text);
            }
        }
        return found;
    }

    private static BigDecimal linesAfterDiscounts(List<ShopifyOrder.LineItem> lines) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ShopifyOrder.LineItem line : lines) {
            sum = sum.add(line.price().multiply(BigDecimal.valueOf(line.quantity())))
                    .subtract(line.discount());
        }
        return sum;
    }

    private static Instant time(JsonNode root, String field) {
        String value = text(root, field);
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new UnprocessablePayloadException("field '" + field + "' is not an ISO-8601 time: '" + value + "'");
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

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new UnprocessablePayloadException("field '" + field + "' is not a decimal: '" + value + "'");
        }
    }

    private static BigDecimal optionalDecimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return BigDecimal.ZERO;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        return decimal(node, field);
    }
}
