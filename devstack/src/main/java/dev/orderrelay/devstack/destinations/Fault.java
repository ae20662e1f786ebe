package dev.orderrelay.devstack.destinations;

import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A failure a fake destination plays instead of accepting, as set through
 * {@code POST /simulator/destinations/{kind}/faults}. {@code orders}, when given, limits it to that many requests;
 * {@code seconds}, when given, to that long from when it was set. A {@link Mode#HANG} holds each request until the
 * fault is cleared or its seconds run out; a {@link Mode#THROTTLE} sends {@code seconds} as {@code Retry-After}; a
 * {@link Mode#DELAY} lets the peer accept (and record) each request as usual and holds its answer back {@code millis}.
 *
 * @param mode what to do instead of accepting
 * @param status the status a {@link Mode#STATUS} fault answers with, 100 to 599; ignored by the other modes
 * @param orders how many requests the fault applies to, or {@code null} for every request while it lasts
 * @param seconds how long the fault lasts from when it is set, or {@code null} until it is cleared
 * @param millis how long a {@link Mode#DELAY} fault holds each answer back; ignored by the other modes
 */
public record Fault(Mode mode, Integer status, Integer orders, Integer seconds, Integer millis) {

    /** What a faulted request gets. */
    public enum Mode {
        /** Answer {@link Fault#status()}, with the peer's own error body for it where it has one, else none. */
        STATUS,
        /** Read the request, then hold it unanswered; once released, answer 503 so no caller mistakes it for success. */
        HANG,
        /** Answer 429 with {@code Retry-After} (and the peer's own throttle body where it has one). */
        THROTTLE,
        /**
         * Accept and record the request as usual, then hold the answer back {@link Fault#millis()}: a caller that dies
         * meanwhile dies after the destination took the event.
         */
        DELAY;

        /** The mode named as in the JSON body, in any case. */
        public static Mode named(String name) {
            Objects.requireNonNull(name, "mode");
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("mode must be one of status, hang, throttle, delay");
            }
        }
    }

    /** Rejects a fault that could not be played, naming the field at fault. */
    public Fault {
        if (mode == null) {
            throw new IllegalArgumentException("mode is required");
        }
        if (mode == Mode.STATUS) {
            if (status == null) {
                throw new IllegalArgumentException("status is required when mode is status");
            }
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("status must be between 100 and 599, was " + status);
            }
        }
        if (mode == Mode.DELAY) {
            if (millis == null) {
                throw new IllegalArgumentException("millis is required when mode is delay");
            }
            if (millis < 0 || millis > FaultResponder.MAX_HOLD.toMillis()) {
                throw new IllegalArgumentException(
                        "millis must be between 0 and " + FaultResponder.MAX_HOLD.toMillis() + ", was " + millis);
            }
        }
        if (orders != null && orders < 0) {
            throw new IllegalArgumentException("orders must not be negative, was " + orders);
        }
        if (seconds != null && seconds < 0) {
            throw new IllegalArgumentException("seconds must not be negative, was " + seconds);
        }
    }

    /** A fault without {@code millis}: any mode but {@link Mode#DELAY}. */
    public Fault(Mode mode, Integer status, Integer orders, Integer seconds) {
        this(mode, status, orders, seconds, null);
    }

    /** Accept every request, answering each {@code millis} late, until cleared. */
    public static Fault delay(int millis) {
        return new Fault(Mode.DELAY, null, null, null, millis);
    }

    /** Answer {@code status} to every request until cleared. */
    public static Fault status(int status) {
        return new Fault(Mode.STATUS, status, null, null);
    }

    /** Hold every request until cleared. */
    public static Fault hang() {
        return new Fault(Mode.HANG, null, null, null);
    }

    /** Answer 429 to every request until cleared, with {@code Retry-After} taken from {@link #forSeconds(int)}. */
    public static Fault throttle() {
        return new Fault(Mode.THROTTLE, null, null, null);
    }

    /** This fault, limited to the next {@code count} requests. */
    public Fault forOrders(int count) {
        return new Fault(mode, status, count, seconds, millis);
    }

    /** This fault, limited to {@code count} seconds from when it is set. */
    public Fault forSeconds(int count) {
        return new Fault(mode, status, orders, count, millis);
    }

    /** The fault in a request body such as {@code {"mode": "status", "status": 500, "orders": 3}}. */
    public static Fault fromJson(String json) {
        return FaultJson.parse(json);
    }

    /** The fault in an already parsed request body. */
    public static Fault fromJson(JsonNode json) {
        return FaultJson.parse(json);
    }
}
