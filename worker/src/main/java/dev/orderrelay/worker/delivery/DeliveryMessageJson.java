package dev.orderrelay.worker.delivery;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The delivery message's JSON form, fixed here rather than left to an application's mapper settings. */
public final class DeliveryMessageJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private DeliveryMessageJson() {}

    public static String write(DeliveryMessage message) {
        return MAPPER.writeValueAsString(message);
    }

    /** Reads a message; one this version cannot read throws with the reason, to be parked. */
    public static DeliveryMessage read(String json) {
        DeliveryMessage message;
        try {
            message = MAPPER.readValue(json, DeliveryMessage.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a readable delivery message: " + e.getOriginalMessage(), e);
        }
        if (message.v() != DeliveryMessage.CURRENT_VERSION) {
            throw new IllegalArgumentException("unsupported delivery message version " + message.v());
        }
        return message;
    }
}
