package dev.orderrelay.core.envelope;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The shape of an envelope's payload: a REST webhook body, or an Admin GraphQL node we fetched. */
public enum PayloadFormat {
    REST_WEBHOOK("rest-webhook"),
    ADMIN_GRAPHQL("admin-graphql");

    private final String wireName;

    PayloadFormat(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static PayloadFormat fromWireName(String name) {
        for (PayloadFormat format : values()) {
            if (format.wireName.equals(name)) {
                return format;
            }
        }
        throw new InvalidEnvelopeException("unknown payload format '" + name + "'");
    }
}
