package dev.orderrelay.destinations.amplitude;

import dev.orderrelay.destinations.http.ResponseExcerpt;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The JSON body of an Amplitude 400 or 429, which says which events of the request it is about. A 400 maps field
 * names to event indices ({@code events_with_invalid_fields}, {@code events_with_missing_fields},
 * {@code events_with_invalid_id_lengths}) and lists {@code silenced_events} and {@code silenced_devices}; a 429 lists
 * {@code throttled_events} and maps the ids over the limit ({@code throttled_users}, {@code throttled_devices},
 * {@code exceeded_daily_quota_users}, {@code exceeded_daily_quota_devices}) to their rates. Anything missing or of
 * another shape reads as empty.
 *
 * @param error Amplitude's {@code error} text, flattened and cut to an excerpt; empty when none
 * @param missingField the request-level field Amplitude found missing, or empty
 * @param problems per event index, what Amplitude found wrong with it, e.g. {@code invalid time}
 * @param silencedDevices device ids Amplitude has silenced in the project
 * @param throttledEvents indices of events whose user or device is throttled
 * @param throttledUsers user ids above the events-per-second limit
 * @param throttledDevices device ids above it
 * @param quotaUsers user ids over their daily quota
 * @param quotaDevices device ids over theirs
 */
record AmplitudeErrorBody(
        String error,
        String missingField,
        Map<Integer, List<String>> problems,
        Set<String> silencedDevices,
        Set<Integer> throttledEvents,
        Set<String> throttledUsers,
        Set<String> throttledDevices,
        Set<String> quotaUsers,
        Set<String> quotaDevices) {

    /** The body of {@code response}, when it is a whole JSON object. */
    static Optional<AmplitudeErrorBody> parse(AmplitudeResponse response) {
        if (!response.complete() || response.body().isBlank()) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = AmplitudeEventMapper.JSON.readTree(response.body());
        } catch (JacksonException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        Map<Integer, List<String>> problems = new TreeMap<>();
        fieldIndices(root.get("events_with_invalid_fields"), field -> "invalid " + field, problems);
        fieldIndices(root.get("events_with_missing_fields"), field -> "missing " + field, problems);
        // The docs' prose names the missing-fields map this way; the schema and SDKs use the name above.
        fieldIndices(root.get("events_missing_required_fields"), field -> "missing " + field, problems);
        fieldIndices(root.get("events_with_invalid_id_lengths"), field -> field + " too short", problems);
        indices(root.get("silenced_events"), index -> add(problems, index, "silenced in the Amplitude project"));
        Set<Integer> throttled = new LinkedHashSet<>();
        indices(root.get("throttled_events"), throttled::add);
        return Optional.of(new AmplitudeErrorBody(
                text(root.get("error")),
                text(root.get("missing_field")),
                problems,
                values(root.get("silenced_devices")),
                throttled,
                keys(root.get("throttled_users")),
                keys(root.get("throttled_devices")),
                keys(root.get("exceeded_daily_quota_users")),
                keys(root.get("exceeded_daily_quota_devices"))));
    }

    /** Whether the 429 names any event or id at all; one that names none throttles the whole project. */
    boolean namesThrottledIds() {
        return !throttledEvents.isEmpty()
                || !throttledUsers.isEmpty()
                || !throttledDevices.isEmpty()
                || !quotaUsers.isEmpty()
                || !quotaDevices.isEmpty();
    }

    private static void fieldIndices(
            JsonNode map, Function<String, String> problem, Map<Integer, List<String>> problems) {
        if (map == null || !map.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : map.properties()) {
            String description = problem.apply(name(entry.getKey()));
            indices(entry.getValue(), index -> add(problems, index, description));
        }
    }

    private static void indices(JsonNode array, Consumer<Integer> into) {
        if (array == null || !array.isArray()) {
            return;
        }
        for (JsonNode index : array) {
            if (index.isIntegralNumber() && index.canConvertToInt() && index.intValue() >= 0) {
                into.accept(index.intValue());
            }
        }
    }

    private static void add(Map<Integer, List<String>> problems, int index, String problem) {
        List<String> list = problems.computeIfAbsent(index, i -> new ArrayList<>());
        if (!list.contains(problem)) {
            list.add(problem);
        }
    }

    private static Set<String> keys(JsonNode map) {
        Set<String> keys = new LinkedHashSet<>();
        if (map != null && map.isObject()) {
            map.propertyNames().forEach(keys::add);
        }
        return keys;
    }

    private static Set<String> values(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        if (array != null && array.isArray()) {
            array.forEach(value -> {
                if (value.isString()) {
                    values.add(value.stringValue());
                }
            });
        }
        return values;
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? ResponseExcerpt.of(node.stringValue(), false) : "";
    }

    /** A field name as Amplitude gave it, made safe and short for a reason. */
    private static String name(String field) {
        String flat = ResponseExcerpt.of(field, false);
        return flat.length() > 64 ? flat.substring(0, 64) + "…" : flat;
    }
}
