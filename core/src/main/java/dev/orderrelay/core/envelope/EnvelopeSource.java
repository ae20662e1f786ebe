package dev.orderrelay.core.envelope;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The path that put an event on the ingest queue. */
public enum EnvelopeSource {
    WEBHOOK("webhook"),
    EVENTBRIDGE("eventbridge"),
    RECONCILER("reconciler"),
    REPLAY("replay");

    private final String wireName;

    EnvelopeSource(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static EnvelopeSource fromWireName(String name) {
        for (EnvelopeSource source : values()) {
            if (source.wireName.equals(name)) {
                return source;
            }
        }
        throw new InvalidEnvelopeException("unknown envelope source '" + name + "'");
    }
}
