package dev.orderrelay.devstack.destinations.amplitude;

import dev.orderrelay.devstack.destinations.FaultReplies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/**
 * A played fault in Amplitude's own bodies for the upload at hand: a 400 lists every event as invalid on
 * {@code event_properties}, a 413 is its payload error, a 429 lists every id of the upload as throttled and every
 * event as a throttled event; other statuses come bare.
 */
final class AmplitudeFaultReplies implements FaultReplies {

    /** The field a simulated 400 blames; a real one names the offending field the same way. */
    static final String BLAMED_FIELD = "event_properties";

    private final List<JsonNode> events;

    AmplitudeFaultReplies(List<JsonNode> events) {
        this.events = events;
    }

    @Override
    public Optional<JsonNode> statusBody(int status) {
        if (status == 400) {
            List<Integer> all = IntStream.range(0, events.size()).boxed().toList();
            return Optional.of(AmplitudeReplies.invalidEvents(Map.of(), Map.of(BLAMED_FIELD, all), Map.of()));
        }
        if (status == 413) {
            return Optional.of(AmplitudeReplies.payloadTooLarge());
        }
        return Optional.empty();
    }

    @Override
    public Optional<JsonNode> throttleBody() {
        Map<String, Integer> users = new LinkedHashMap<>();
        Map<String, Integer> devices = new LinkedHashMap<>();
        for (JsonNode event : events) {
            count(event.get("user_id"), users);
            count(event.get("device_id"), devices);
        }
        List<Integer> all = IntStream.range(0, events.size()).boxed().toList();
        return Optional.of(AmplitudeReplies.throttled(users, devices, all));
    }

    private static void count(JsonNode id, Map<String, Integer> rates) {
        if (id != null && id.isString()) {
            rates.merge(id.stringValue(), 1, Integer::sum);
        }
    }
}
