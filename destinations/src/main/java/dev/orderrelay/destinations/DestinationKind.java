package dev.orderrelay.destinations;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of destination a shop can deliver to, each with its one sender and its own delivery queue. */
public enum DestinationKind {
    WEBHOOK,
    GA4,
    SEGMENT,
    AMPLITUDE;

    /** The lower-case name used in shop config, the admin API, queue names and metric tags. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind with this wire name.
     *
     * @throws IllegalArgumentException naming the known kinds when there is none
     */
    @JsonCreator
    public static DestinationKind fromWireName(String wireName) {
        for (DestinationKind kind : values()) {
            if (kind.wireName().equals(wireName)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown destination kind '" + wireName + "'; known: "
                + Arrays.stream(values()).map(DestinationKind::wireName).collect(Collectors.joining(", ")));
    }
}
