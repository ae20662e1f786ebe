package dev.orderrelay.devstack.destinations.segment;

import dev.orderrelay.devstack.destinations.FaultReplies;
import dev.orderrelay.devstack.destinations.PeerJson;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Segment's answers: {@code {"success": true}} for everything it takes (even what it later drops), and a JSON error for
 * the 400s it does give: oversized payloads ({@code Exceed payload limit}, its documented message) and bodies that are
 * not JSON. A status fault in the 4xx range answers the same error shape.
 */
final class SegmentReplies implements FaultReplies {

    static final String EXCEED_PAYLOAD_LIMIT = "Exceed payload limit";
    static final String INVALID_JSON = "Invalid JSON";

    static JsonNode success() {
        ObjectNode body = PeerJson.object();
        body.put("success", true);
        return body;
    }

    static JsonNode error(String message) {
        ObjectNode body = PeerJson.object();
        body.put("error", message);
        return body;
    }

    @Override
    public Optional<JsonNode> statusBody(int status) {
        if (status >= 400 && status < 500) {
            return Optional.of(error("simulated fault: HTTP " + status));
        }
        return Optional.empty();
    }
}
