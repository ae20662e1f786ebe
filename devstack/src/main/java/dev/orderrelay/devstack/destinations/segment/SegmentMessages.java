package dev.orderrelay.devstack.destinations.segment;

import dev.orderrelay.devstack.destinations.PeerJson;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Segment's rules for one message, which it answers 200 to whatever they find, dropping the message later: a known
 * {@code type}, a {@code userId} or {@code anonymousId}, an {@code event} name for a track call, and a
 * {@code messageId} under 100 characters when one is sent.
 */
final class SegmentMessages {

    static final Set<String> TYPES = Set.of("track", "identify", "page", "screen", "group", "alias");
    static final int MAX_MESSAGE_ID_LENGTH = 99;

    private SegmentMessages() {}

    /** The message's type: {@code impliedType} for a single call, else its own {@code type} field (or null). */
    static String type(JsonNode message, String impliedType) {
        if (impliedType != null) {
            return impliedType;
        }
        JsonNode type = message.get("type");
        return type != null && type.isString() ? type.stringValue() : null;
    }

    /** Why Segment would drop {@code message}, if it would. */
    static Optional<String> problem(JsonNode message, String type) {
        if (!message.isObject()) {
            return Optional.of("a message must be a JSON object");
        }
        if (type == null || !TYPES.contains(type)) {
            return Optional.of("type is missing or not one of "
                    + String.join(", ", TYPES.stream().sorted().toList()));
        }
        if (blank(message.get("userId")) && blank(message.get("anonymousId"))) {
            return Optional.of("userId or anonymousId is required");
        }
        if ("track".equals(type) && blankString(message.get("event"))) {
            return Optional.of("a track call needs an event name");
        }
        JsonNode messageId = message.get("messageId");
        if (messageId != null && !messageId.isNull()) {
            if (!messageId.isString() || messageId.stringValue().isEmpty()) {
                return Optional.of("messageId must be a non-empty string");
            }
            if (messageId.stringValue().length() > MAX_MESSAGE_ID_LENGTH) {
                return Optional.of("messageId must be under 100 characters");
            }
        }
        return Optional.empty();
    }

    /** {@code properties.order_id} as text, or {@code null}. */
    static String orderId(JsonNode message) {
        JsonNode properties = message.get("properties");
        return properties == null ? null : PeerJson.idText(properties.get("order_id"));
    }

    /** The event name of a track call, else the message type. */
    static String event(JsonNode message, String type) {
        JsonNode event = message.get("event");
        return "track".equals(type) && event != null && event.isString() ? event.stringValue() : type;
    }

    private static boolean blank(JsonNode id) {
        if (id == null || id.isNull()) {
            return true;
        }
        if (id.isNumber()) {
            return false;
        }
        return !id.isString() || id.stringValue().isBlank();
    }

    private static boolean blankString(JsonNode value) {
        return value == null || !value.isString() || value.stringValue().isBlank();
    }
}
