package dev.orderrelay.devstack.destinations.amplitude;

import dev.orderrelay.devstack.destinations.PeerJson;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The HTTP V2 API's response bodies, field for field as Amplitude documents them. */
final class AmplitudeReplies {

    static final String MISSING_FIELD = "Request missing required field";
    static final String INVALID_FIELDS = "Invalid field values on some events";
    static final String INVALID_JSON = "Invalid JSON request body";
    static final String TOO_MANY_REQUESTS = "Too many requests for some devices and users";

    private AmplitudeReplies() {}

    static JsonNode success(int ingested, int payloadBytes, long serverUploadTime) {
        ObjectNode body = PeerJson.object();
        body.put("code", 200);
        body.put("events_ingested", ingested);
        body.put("payload_size_bytes", payloadBytes);
        body.put("server_upload_time", serverUploadTime);
        return body;
    }

    /** A 400 or other error with just {@code code} and {@code error}. */
    static JsonNode error(int code, String error) {
        ObjectNode body = PeerJson.object();
        body.put("code", code);
        body.put("error", error);
        return body;
    }

    static JsonNode missingField(String field) {
        ObjectNode body = (ObjectNode) error(400, MISSING_FIELD);
        body.put("missing_field", field);
        return body;
    }

    static JsonNode payloadTooLarge() {
        return error(413, "Payload too large");
    }

    /** A 400 listing events by field: missing, invalid, and with ids too short. */
    static JsonNode invalidEvents(
            Map<String, List<Integer>> missing,
            Map<String, List<Integer>> invalid,
            Map<String, List<Integer>> idLengths) {
        ObjectNode body = (ObjectNode) error(400, missing.isEmpty() ? INVALID_FIELDS : MISSING_FIELD);
        body.set("events_with_invalid_fields", indices(invalid));
        body.set("events_with_missing_fields", indices(missing));
        body.set("events_with_invalid_id_lengths", indices(idLengths));
        body.putArray("silenced_devices");
        body.putArray("silenced_events");
        return body;
    }

    static JsonNode throttled(Map<String, Integer> users, Map<String, Integer> devices, List<Integer> events) {
        ObjectNode body = (ObjectNode) error(429, TOO_MANY_REQUESTS);
        body.put("eps_threshold", IdThrottles.EPS_THRESHOLD);
        ObjectNode throttledDevices = body.putObject("throttled_devices");
        devices.forEach(throttledDevices::put);
        ObjectNode throttledUsers = body.putObject("throttled_users");
        users.forEach(throttledUsers::put);
        ArrayNode throttledEvents = body.putArray("throttled_events");
        events.forEach(throttledEvents::add);
        body.putObject("exceeded_daily_quota_users");
        body.putObject("exceeded_daily_quota_devices");
        return body;
    }

    private static ObjectNode indices(Map<String, List<Integer>> byField) {
        ObjectNode node = PeerJson.object();
        byField.forEach((field, indices) -> {
            ArrayNode list = node.putArray(field);
            indices.stream().sorted().forEach(list::add);
        });
        return node;
    }
}
