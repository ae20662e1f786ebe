package dev.orderrelay.core.event;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The order event's JSON form, fixed here rather than left to an application's mapper: ids and money as strings,
 * times as ISO-8601. Unknown fields are ignored, so a newer writer may add optional ones without a version bump.
 */
public final class OrderEventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private OrderEventJson() {}

    public static ObjectNode toTree(OrderEvent event) {
        return MAPPER.valueToTree(event);
    }

    /**
     * The event a tree holds.
     *
     * @throws IllegalArgumentException naming what is missing or wrong, when the tree is not an order event
     */
    public static OrderEvent fromTree(JsonNode tree) {
        try {
            return MAPPER.treeToValue(tree, OrderEvent.class);
        } catch (JacksonException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException invalid) {
                throw invalid;
            }
            throw new IllegalArgumentException("not an order event: " + e.getOriginalMessage(), e);
        }
    }

    public static String write(OrderEvent event) {
        return MAPPER.writeValueAsString(event);
    }

    public static OrderEvent read(String json) {
        return fromTree(MAPPER.readTree(json));
    }
}
