package dev.orderrelay.shopify.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A node of a payload with its path from the root, so a field the parsers cannot do without is named where it is:
 * {@code 'created_at'} at the root, {@code 'refunds[1].refund_line_items[0].line_item_id'} deeper down. Integers are
 * read exactly (as big integers), so an id above 2^53 keeps every digit; decimals as {@link BigDecimal}.
 */
final class PayloadNode {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,40}");
    private static final String GID_PREFIX = "gid://shopify/";

    private final JsonNode node;
    private final String path;

    private PayloadNode(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The root object of {@code body}. */
    static PayloadNode parse(String body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidPayloadException("payload is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidPayloadException("payload is not a JSON object");
        }
        return new PayloadNode(root, "");
    }

    boolean has(String field) {
        JsonNode value = node.path(field);
        return !value.isMissingNode() && !value.isNull();
    }

    /** The child object (a missing or null one reads as empty: every field of it is then missing). */
    PayloadNode child(String field) {
        return new PayloadNode(node.path(field), name(field));
    }

    /** The elements of an array field; none when it is missing or null. */
    List<PayloadNode> elements(String field) {
        List<PayloadNode> elements = new ArrayList<>();
        int index = 0;
        for (JsonNode element : node.path(field)) {
            elements.add(new PayloadNode(element, name(field) + "[" + index++ + "]"));
        }
        return elements;
    }

    /** The non-blank strings of an array field, in order; none when it is missing or null. */
    List<String> strings(String field) {
        List<String> strings = new ArrayList<>();
        for (JsonNode element : node.path(field)) {
            if (element.isString() && !element.stringValue().isBlank()) {
                strings.add(element.stringValue());
            }
        }
        return strings;
    }

    /** A REST id: a JSON integer. */
    String id(String field) {
        String id = optionalId(field);
        if (id == null) {
            throw invalid(field, "is missing or not an integer id");
        }
        return id;
    }

    String optionalId(String field) {
        JsonNode value = node.path(field);
        return value.isIntegralNumber() ? value.bigIntegerValue().toString() : null;
    }

    /** An Admin API {@code legacyResourceId}: the numeric id as a JSON string. */
    String legacyId(String field) {
        String id = optionalLegacyId(field);
        if (id == null) {
            throw invalid(field, "is missing or not a numeric id");
        }
        return id;
    }

    String optionalLegacyId(String field) {
        JsonNode value = node.path(field);
        if (value.isString() && DIGITS.matcher(value.stringValue()).matches()) {
            return value.stringValue();
        }
        return value.isIntegralNumber() ? value.bigIntegerValue().toString() : null;
    }

    /** The numeric id at the end of an Admin API global id, e.g. {@code 123} of {@code gid://shopify/LineItem/123}. */
    String gidTail(String field) {
        String gid = text(field);
        int slash = gid.lastIndexOf('/');
        String tail = gid.substring(slash + 1);
        if (!gid.startsWith(GID_PREFIX) || !DIGITS.matcher(tail).matches()) {
            throw invalid(field, "is not a Shopify global id: '" + gid + "'");
        }
        return tail;
    }

    String text(String field) {
        String text = optionalText(field);
        if (text == null) {
            throw invalid(field, "is missing or not a string");
        }
        return text;
    }

    String optionalText(String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
    }

    Instant time(String field) {
        String value = text(field);
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(field, "is not an ISO-8601 time: '" + value + "'");
        }
    }

    Instant optionalTime(String field) {
        return has(field) ? time(field) : null;
    }

    boolean bool(String field) {
        return node.path(field).asBoolean(false);
    }

    int integer(String field, int absent) {
        return node.path(field).asInt(absent);
    }

    /** A count that must be there, such as a refunded quantity. */
    int count(String field) {
        JsonNode value = node.path(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            throw invalid(field, "is missing or not a count");
        }
        return value.intValue();
    }

    /** A decimal amount: a decimal string, as Shopify writes money, or a JSON number, as some older fields are. */
    BigDecimal decimal(String field) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return value.decimalValue();
        }
        String text = optionalText(field);
        if (text == null) {
            throw invalid(field, "is missing or not a decimal");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw invalid(field, "is not a decimal: '" + text + "'");
        }
    }

    /** A decimal amount, zero when missing or null. */
    BigDecimal optionalDecimal(String field) {
        return has(field) ? decimal(field) : BigDecimal.ZERO;
    }

    InvalidPayloadException invalid(String field, String problem) {
        return new InvalidPayloadException("field '" + name(field) + "' " + problem);
    }

    private String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
