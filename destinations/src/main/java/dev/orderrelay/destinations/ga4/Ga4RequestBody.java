package dev.orderrelay.destinations.ga4;

import java.util.List;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON body of one Measurement Protocol request: the events' shared {@code client_id} and {@code user_id}, the
 * first event's {@code timestamp_micros} (each event carries its own too, which GA4 prefers), and the events.
 * Amounts are written as plain decimals, exactly as mapped, never through a double.
 */
final class Ga4RequestBody {

    /** GA4's limit: "the post body must be smaller than 130 kB"; counted in bytes, as 1000 bytes to the kB. */
    static final int MAX_BYTES = 130_000;

    /** GA4's limit of events per request. */
    static final int MAX_EVENTS = 25;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private Ga4RequestBody() {}

    /** The body for {@code events}, which must share their {@link Ga4Event#requestKey()}. */
    static byte[] of(List<Ga4Event> events) {
        if (events.isEmpty() || events.size() > MAX_EVENTS) {
            throw new IllegalArgumentException("a GA4 request carries 1 to 25 events, got " + events.size());
        }
        Ga4Event first = events.getFirst();
        ObjectNode body = JSON.createObjectNode();
        body.put("client_id", first.clientId());
        if (first.userId() != null) {
            body.put("user_id", first.userId());
        }
        body.put("timestamp_micros", first.timestampMicros());
        ArrayNode array = body.putArray("events");
        for (Ga4Event event : events) {
            if (!event.requestKey().equals(first.requestKey())) {
                throw new IllegalArgumentException("events of one GA4 request must share client_id and user_id");
            }
            array.add(event.json());
        }
        return JSON.writeValueAsBytes(body);
    }

    /** A new empty object for building events. */
    static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
