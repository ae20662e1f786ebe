package dev.orderrelay.shopify.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Reads the fields of Shopify's answers into the summary records; {@code null} stands for a JSON null or absence. */
final class JsonFields {

    private JsonFields() {}

    static String string(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isString()) {
            return value.stringValue();
        }
        return value.isNumber() ? value.asString() : null; // ids as numbers would lose nothing as text
    }

    static String requiredString(JsonNode node, String field, String what) {
        String value = string(node, field);
        if (value == null) {
            throw new IllegalStateException(what + " without " + field + " in Shopify's answer");
        }
        return value;
    }

    static Instant instant(JsonNode node, String field) {
        String value = string(node, field);
        return value == null ? null : Instant.parse(value);
    }

    static Boolean bool(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isBoolean() ? value.booleanValue() : null;
    }

    static <T> List<T> each(JsonNode array, Function<JsonNode, T> reader) {
        List<T> values = new ArrayList<>();
        for (JsonNode element : array) {
            values.add(reader.apply(element));
        }
        return List.copyOf(values);
    }
}
