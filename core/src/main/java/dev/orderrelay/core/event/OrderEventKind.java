package dev.orderrelay.core.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What happened to the order, as every destination is told it. */
public enum OrderEventKind {
    /** The order was bought: counted once per order. */
    PURCHASE,
    /** Money went back: one per platform refund; a cancellation refunds what was not yet refunded. */
    REFUND;

    /** The lower-case name in the event's JSON, ledger keys and metric tags: {@code purchase}, {@code refund}. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind with this wire name.
     *
     * @throws IllegalArgumentException for any other name
     */
    @JsonCreator
    public static OrderEventKind fromWireName(String name) {
        for (OrderEventKind kind : values()) {
            if (kind.wireName().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown order event kind '" + name + "'; known: purchase, refund");
    }
}
