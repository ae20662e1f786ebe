package dev.orderrelay.devstack.destinations.ga4;

import dev.orderrelay.devstack.destinations.DroppedEvent;
import dev.orderrelay.devstack.destinations.PeerJson;
import dev.orderrelay.devstack.destinations.PeerState;
import dev.orderrelay.devstack.destinations.RecordedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code /mp/collect} keeps of a judged request: nothing when the stream is unknown, the secret wrong or the
 * request itself invalid; otherwise every valid event not refused by a test, each recorded with GA4's dedupe key.
 * Everything else is dropped with its reason, as GA4 drops it behind a 2xx.
 */
final class Ga4Collector {

    private static final Logger log = LoggerFactory.getLogger(Ga4Collector.class);
    private static final List<String> REQUEST_CONTEXT = List.of("client_id", "user_id", "timestamp_micros");

    private final PeerState state;

    Ga4Collector(PeerState state) {
        this.state = state;
    }

    void collect(String measurementId, Ga4Stream stream, String apiSecret, Ga4Verdict verdict) {
        Instant now = state.clock().instant();
        if (stream == null) {
            dropAll(null, verdict, measurementId == null ? "measurement_id is missing" : "unknown measurement_id", now);
        } else if (!stream.authorises(apiSecret)) {
            dropAll(stream, verdict, "api_secret does not match the stream's", now);
        } else if (!verdict.requestValid()) {
            dropAll(stream, verdict, verdict.request().getFirst().asReason(), now);
        } else {
            for (int i = 0; i < verdict.events().size(); i++) {
                keepOrDrop(stream, verdict, i, now);
            }
        }
    }

    private void keepOrDrop(Ga4Stream stream, Ga4Verdict verdict, int index, Instant now) {
        JsonNode event = verdict.events().get(index);
        List<ValidationMessage> messages = verdict.eventMessages(index);
        if (!messages.isEmpty()) {
            drop(
                    stream,
                    event,
                    messages.stream().map(ValidationMessage::asReason).collect(Collectors.joining("; ")),
                    now);
            return;
        }
        String name = event.get("name").stringValue();
        JsonNode params = event.get("params");
        String orderId = Ga4Keys.transactionId(params);
        Optional<String> rejection = state.rejections().reason(orderId);
        if (rejection.isPresent()) {
            drop(stream, event, rejection.get(), now);
            return;
        }
        RecordedEvent recorded = state.events()
                .record(
                        stream.measurementId(),
                        new RecordedEvent(
                                FakeGa4Destination.KIND,
                                stream.destination(),
                                stream.shop(),
                                Ga4Keys.key(name, params),
                                orderId,
                                name,
                                name,
                                false,
                                now,
                                payload(verdict.body(), event)));
        log.info(
                "ga4 accepted destination={} orderId={} event={} duplicate={}",
                recorded.destination(),
                orderId,
                name,
                recorded.duplicate());
    }

    private void dropAll(Ga4Stream stream, Ga4Verdict verdict, String reason, Instant now) {
        if (verdict.events().isEmpty()) {
            drop(stream, verdict.body(), reason, now);
            return;
        }
        verdict.events().forEach(event -> drop(stream, event, reason, now));
    }

    private void drop(Ga4Stream stream, JsonNode event, String reason, Instant now) {
        boolean isEvent = event != null && event.isObject() && !event.has("events");
        String name = isEvent ? PeerJson.idText(event.get("name")) : null;
        String orderId = isEvent ? Ga4Keys.transactionId(event.get("params")) : null;
        state.dropped()
                .record(new DroppedEvent(
                        FakeGa4Destination.KIND,
                        stream == null ? null : stream.destination(),
                        stream == null ? null : stream.shop(),
                        orderId,
                        name,
                        reason,
                        now,
                        event));
        log.info(
                "ga4 dropped behind a 2xx destination={} orderId={} reason={}",
                stream == null ? null : stream.destination(),
                orderId,
                reason);
    }

    /** The event with the request's client, user and time beside it, so one recorded event tells the whole story. */
    private static JsonNode payload(JsonNode body, JsonNode event) {
        ObjectNode payload = (ObjectNode) event.deepCopy();
        for (String field : REQUEST_CONTEXT) {
            JsonNode value = body.get(field);
            if (value != null && !payload.has(field)) {
                payload.set(field, value.deepCopy());
            }
        }
        return payload;
    }
}
