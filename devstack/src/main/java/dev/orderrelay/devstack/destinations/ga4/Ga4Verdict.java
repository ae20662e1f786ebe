package dev.orderrelay.devstack.destinations.ga4;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What GA4 makes of one request: the parsed events (empty when the request itself is unusable), the problems with the
 * request as a whole, which drop every event, and the problems of each event by index, which drop that event alone.
 */
record Ga4Verdict(
        JsonNode body,
        List<JsonNode> events,
        List<ValidationMessage> request,
        Map<Integer, List<ValidationMessage>> byEvent) {

    boolean requestValid() {
        return request.isEmpty();
    }

    List<ValidationMessage> eventMessages(int index) {
        return byEvent.getOrDefault(index, List.of());
    }

    /** Every message, the request's first, then each event's in order. */
    List<ValidationMessage> all() {
        List<ValidationMessage> all = new ArrayList<>(request);
        byEvent.keySet().stream().sorted().forEach(index -> all.addAll(byEvent.get(index)));
        return all;
    }
}
