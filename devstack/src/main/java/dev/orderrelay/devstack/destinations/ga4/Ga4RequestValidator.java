package dev.orderrelay.devstack.destinations.ga4;

import dev.orderrelay.devstack.destinations.PeerJson;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Judges a Measurement Protocol request for a web stream as GA4 documents it: a body under 130 kB that is a JSON
 * object, a {@code client_id}, at most 25 events, {@code timestamp_micros} within 72 hours, user properties within
 * their limits, and each event by {@link Ga4EventValidator}. The same judgement serves {@code /debug/mp/collect}, which
 * lists it, and {@code /mp/collect}, which silently drops what fails it.
 */
final class Ga4RequestValidator {

    /** "The post body must be smaller than 130kB": taken as 130,000 bytes, the stricter reading. */
    static final int MAX_BODY_BYTES = 130_000;

    static final int MAX_EVENTS = 25;
    static final int MAX_USER_PROPERTIES = 25;
    static final int MAX_USER_PROPERTY_VALUE_LENGTH = 36;

    private final Ga4Timestamps timestamps;
    private final Ga4EventValidator events;

    Ga4RequestValidator(Clock clock) {
        this.timestamps = new Ga4Timestamps(clock);
        this.events = new Ga4EventValidator(timestamps);
    }

    Ga4Verdict judge(byte[] body) {
        Optional<JsonNode> parsed = PeerJson.parse(body);
        if (parsed.isEmpty() || !parsed.get().isObject()) {
            return refused(null, "the body must be a JSON object", ValidationCode.VALUE_INVALID);
        }
        JsonNode document = parsed.get();
        List<JsonNode> list = eventsOf(document);
        if (body.length >= MAX_BODY_BYTES) {
            return refused(
                    document,
                    "the body must be smaller than 130kB, was " + body.length + " bytes",
                    ValidationCode.VALUE_OUT_OF_BOUNDS);
        }
        List<ValidationMessage> request = new ArrayList<>();
        checkClientId(document.get("client_id"), request);
        JsonNode userId = document.get("user_id");
        if (userId != null && !userId.isNull() && !userId.isString()) {
            request.add(new ValidationMessage("user_id", "user_id must be a string", ValidationCode.VALUE_INVALID));
        }
        timestamps.check("timestamp_micros", document.get("timestamp_micros")).ifPresent(request::add);
        checkUserProperties(document.get("user_properties"), request);
        checkEventsArray(document.get("events"), request);
        Map<Integer, List<ValidationMessage>> byEvent = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            List<ValidationMessage> messages = events.check(i, list.get(i));
            if (!messages.isEmpty()) {
                byEvent.put(i, messages);
            }
        }
        return new Ga4Verdict(document, list, request, byEvent);
    }

    /** The verdict on a body too large even to read. */
    static Ga4Verdict tooLarge() {
        return refused(null, "the body must be smaller than 130kB", ValidationCode.VALUE_OUT_OF_BOUNDS);
    }

    private static Ga4Verdict refused(JsonNode document, String description, ValidationCode code) {
        List<JsonNode> list = document == null ? List.of() : eventsOf(document);
        return new Ga4Verdict(document, list, List.of(new ValidationMessage("", description, code)), Map.of());
    }

    private static List<JsonNode> eventsOf(JsonNode document) {
        JsonNode events = document.get("events");
        if (events == null || !events.isArray()) {
            return List.of();
        }
        List<JsonNode> list = new ArrayList<>();
        events.values().forEach(list::add);
        return list;
    }

    private static void checkClientId(JsonNode clientId, List<ValidationMessage> request) {
        if (clientId == null || clientId.isNull()) {
            request.add(new ValidationMessage(
                    "client_id", "client_id is required for a web stream", ValidationCode.VALUE_REQUIRED));
        } else if (!clientId.isString() || clientId.stringValue().isBlank()) {
            request.add(new ValidationMessage(
                    "client_id", "client_id must be a non-empty string", ValidationCode.VALUE_INVALID));
        }
    }

    private static void checkEventsArray(JsonNode events, List<ValidationMessage> request) {
        if (events == null || events.isNull() || (events.isArray() && events.isEmpty())) {
            request.add(new ValidationMessage(
                    "events", "a request needs at least one event", ValidationCode.VALUE_REQUIRED));
        } else if (!events.isArray()) {
            request.add(new ValidationMessage("events", "events must be an array", ValidationCode.VALUE_INVALID));
        } else if (events.size() > MAX_EVENTS) {
            request.add(new ValidationMessage(
                    "events",
                    "a request may hold at most " + MAX_EVENTS + " events, had " + events.size(),
                    ValidationCode.EXCEEDED_MAX_ENTITIES));
        }
    }

    private static void checkUserProperties(JsonNode properties, List<ValidationMessage> request) {
        if (properties == null || properties.isNull()) {
            return;
        }
        if (!properties.isObject()) {
            request.add(new ValidationMessage(
                    "user_properties", "user_properties must be an object", ValidationCode.VALUE_INVALID));
            return;
        }
        if (properties.size() > MAX_USER_PROPERTIES) {
            request.add(new ValidationMessage(
                    "user_properties",
                    "at most " + MAX_USER_PROPERTIES + " user properties, had " + properties.size(),
                    ValidationCode.EXCEEDED_MAX_ENTITIES));
        }
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            String path = "user_properties." + property.getKey();
            if (!Ga4Names.wellFormed(property.getKey(), Ga4Names.MAX_USER_PROPERTY_NAME_LENGTH)) {
                request.add(new ValidationMessage(
                        path, "user property names must be at most 24 valid characters", ValidationCode.NAME_INVALID));
            }
            JsonNode value = property.getValue().get("value");
            if (value != null && value.isString() && value.stringValue().length() > MAX_USER_PROPERTY_VALUE_LENGTH) {
                request.add(new ValidationMessage(
                        path + ".value",
                        "user property values may be at most 36 characters",
                        ValidationCode.VALUE_OUT_OF_BOUNDS));
            }
        }
    }
}
