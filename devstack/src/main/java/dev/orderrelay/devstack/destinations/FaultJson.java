package dev.orderrelay.devstack.destinations;

import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@link Fault} from the simulator's JSON shape. Field by field rather than by data binding, so each mistake
 * comes back as a message that names the field, ready for a 400.
 */
final class FaultJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private FaultJson() {}

    static Fault parse(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("fault must be a JSON object");
        }
        return parse(node);
    }

    static Fault parse(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("fault must be a JSON object");
        }
        JsonNode mode = node.get("mode");
        if (mode == null || mode.isNull()) {
            throw new IllegalArgumentException("mode is required");
        }
        if (!mode.isString()) {
            throw new IllegalArgumentException("mode must be one of status, hang, throttle, delay");
        }
        return new Fault(
                Fault.Mode.named(mode.stringValue()),
                integer(node, "status"),
                integer(node, "orders"),
                integer(node, "seconds"),
                integer(node, "millis"));
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException(field + " must be a whole number");
        }
        return value.intValue();
    }
}
