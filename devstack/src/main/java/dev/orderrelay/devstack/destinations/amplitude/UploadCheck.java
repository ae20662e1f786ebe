package dev.orderrelay.devstack.destinations.amplitude;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Amplitude's checks on the events of an HTTP V2 upload, collected by field and event index as its 400 body lists
 * them: {@code event_type} present and not reserved; {@code user_id} or {@code device_id} present, a string, not one
 * of the ids Amplitude refuses, and at least {@code min_id_length} long (a shorter one is removed, which refuses the
 * event only when no id remains); {@code time} in whole milliseconds; numeric revenue fields; objects for properties.
 */
final class UploadCheck {

    static final int DEFAULT_MIN_ID_LENGTH = 5;

    private static final Set<String> RESERVED_EVENT_TYPES = Set.of(
            "[Amplitude] Start Session",
            "[Amplitude] End Session",
            "[Amplitude] Revenue",
            "[Amplitude] Revenue (Verified)",
            "[Amplitude] Revenue (Unverified)",
            "[Amplitude] Merged User");
    private static final Set<String> REFUSED_IDS = Set.of(
            "anonymous",
            "nil",
            "none",
            "null",
            "n/a",
            "na",
            "undefined",
            "unknown",
            "\"\"",
            "00000000-0000-0000-0000-000000000000",
            "{}",
            "lmy47d",
            "0",
            "-1");
    private static final List<String> NUMBERS = List.of("price", "revenue", "location_lat", "location_lng");
    private static final List<String> WHOLE_NUMBERS = List.of("time", "quantity", "session_id", "event_id");
    private static final List<String> OBJECTS = List.of("event_properties", "user_properties", "groups");

    final Map<String, List<Integer>> missing = new TreeMap<>();
    final Map<String, List<Integer>> invalid = new TreeMap<>();
    final Map<String, List<Integer>> idLengths = new TreeMap<>();
    final List<IncomingEvent> events = new ArrayList<>();

    private UploadCheck() {}

    /** Checks {@code events}, every one a JSON object, against ids of at least {@code minIdLength} characters. */
    static UploadCheck of(List<ObjectNode> events, int minIdLength) {
        UploadCheck check = new UploadCheck();
        for (int i = 0; i < events.size(); i++) {
            check.event(i, events.get(i).deepCopy(), minIdLength);
        }
        return check;
    }

    boolean valid() {
        return missing.isEmpty() && invalid.isEmpty() && idLengths.isEmpty();
    }

    private void event(int index, ObjectNode event, int minIdLength) {
        JsonNode type = event.get("event_type");
        if (type == null
                || type.isNull()
                || (type.isString() && type.stringValue().isBlank())) {
            note(missing, "event_type", index);
        } else if (!type.isString() || RESERVED_EVENT_TYPES.contains(type.stringValue())) {
            note(invalid, "event_type", index);
        }
        String userId = keptId(index, event, "user_id", minIdLength);
        String deviceId = keptId(index, event, "device_id", minIdLength);
        NUMBERS.forEach(field -> checkNumber(index, event.get(field), field, false));
        WHOLE_NUMBERS.forEach(field -> checkNumber(index, event.get(field), field, true));
        OBJECTS.forEach(field -> {
            JsonNode value = event.get(field);
            if (value != null && !value.isNull() && !value.isObject()) {
                note(invalid, field, index);
            }
        });
        JsonNode insertId = event.get("insert_id");
        if (insertId != null && !insertId.isNull() && !insertId.isString()) {
            note(invalid, "insert_id", index);
        }
        events.add(new IncomingEvent(index, event, userId, deviceId));
    }

    private enum IdState {
        ABSENT,
        REFUSED,
        TOO_SHORT,
        KEPT
    }

    /**
     * The id in {@code field} if Amplitude keeps it. A refused id is invalid; a too short one is removed from the event
     * and counts against it only when the event keeps no id at all; no id at all is a missing {@code device_id}, the
     * id every event needs (Amplitude derives it from {@code user_id} when that is sent alone).
     */
    private String keptId(int index, ObjectNode event, String field, int minIdLength) {
        IdState state = idState(event.get(field), minIdLength);
        String other = "user_id".equals(field) ? "device_id" : "user_id";
        IdState otherState = idState(event.get(other), minIdLength);
        if (state == IdState.REFUSED) {
            note(invalid, field, index);
        }
        if (state == IdState.TOO_SHORT && otherState != IdState.KEPT) {
            note(idLengths, field, index);
        }
        if ("user_id".equals(field) && state == IdState.ABSENT && otherState == IdState.ABSENT) {
            note(missing, "device_id", index);
        }
        if (state == IdState.TOO_SHORT) {
            event.remove(field);
        }
        return state == IdState.KEPT ? event.get(field).stringValue() : null;
    }

    private static IdState idState(JsonNode value, int minIdLength) {
        if (value == null || value.isNull()) {
            return IdState.ABSENT;
        }
        if (!value.isString() || REFUSED_IDS.contains(value.stringValue().toLowerCase(Locale.ROOT))) {
            return IdState.REFUSED;
        }
        return value.stringValue().length() < minIdLength ? IdState.TOO_SHORT : IdState.KEPT;
    }

    private void checkNumber(int index, JsonNode value, String field, boolean whole) {
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isNumber() || (whole && !value.isIntegralNumber())) {
            note(invalid, field, index);
        }
    }

    private static void note(Map<String, List<Integer>> byField, String field, int index) {
        List<Integer> indices = byField.computeIfAbsent(field, name -> new ArrayList<>());
        if (!indices.contains(index)) {
            indices.add(index);
        }
    }
}
