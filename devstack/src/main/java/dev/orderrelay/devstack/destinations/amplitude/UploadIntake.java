package dev.orderrelay.devstack.destinations.amplitude;

import dev.orderrelay.devstack.destinations.PeerJson;
import dev.orderrelay.devstack.destinations.PeerState;
import dev.orderrelay.devstack.destinations.RecordedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What Amplitude does with a well-formed upload for a known project: all or nothing. Invalid events, or events for
 * orders a test refuses, get a 400 listing their indices; throttled ids get a 429; in either case nothing of the upload
 * is ingested, and the sender is to drop or hold the listed events and resend the rest. Otherwise every event is
 * recorded, flagged as a duplicate when its project saw its {@code insert_id} in the last 7 days.
 */
final class UploadIntake {

    static final Duration INSERT_ID_WINDOW = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(UploadIntake.class);

    private final PeerState state;
    private final IdThrottles throttles;

    UploadIntake(PeerState state, IdThrottles throttles) {
        this.state = state;
        this.throttles = throttles;
    }

    /** The answer's status and body. */
    record Reply(int status, JsonNode body) {}

    Reply take(String apiKey, AmplitudeProject project, List<ObjectNode> events, int minIdLength, int payloadBytes) {
        UploadCheck check = UploadCheck.of(events, minIdLength);
        if (!check.valid()) {
            log.info("amplitude refused destination={} reason=invalid-events", project.destination());
            return new Reply(400, AmplitudeReplies.invalidEvents(check.missing, check.invalid, check.idLengths));
        }
        List<Integer> rejected = check.events.stream()
                .filter(event ->
                        state.rejections().reason(orderId(event.event())).isPresent())
                .map(IncomingEvent::index)
                .toList();
        if (!rejected.isEmpty()) {
            log.info(
                    "amplitude refused destination={} reason=rejected-orders count={}",
                    project.destination(),
                    rejected.size());
            return new Reply(
                    400,
                    AmplitudeReplies.invalidEvents(
                            Map.of(), Map.of(AmplitudeFaultReplies.BLAMED_FIELD, rejected), Map.of()));
        }
        Optional<IdThrottles.Throttled> throttled = throttles.admit(check.events);
        if (throttled.isPresent()) {
            IdThrottles.Throttled ids = throttled.get();
            log.info(
                    "amplitude throttled destination={} events={}",
                    project.destination(),
                    ids.events().size());
            return new Reply(429, AmplitudeReplies.throttled(ids.users(), ids.devices(), ids.events()));
        }
        Instant now = state.clock().instant();
        check.events.forEach(event -> record(apiKey, project, event.event(), now));
        return new Reply(200, AmplitudeReplies.success(check.events.size(), payloadBytes, now.toEpochMilli()));
    }

    private void record(String apiKey, AmplitudeProject project, ObjectNode event, Instant now) {
        JsonNode insertId = event.get("insert_id");
        String key =
                insertId != null && insertId.isString() ? insertId.stringValue() : "generated-" + UUID.randomUUID();
        String eventType = event.get("event_type").stringValue();
        RecordedEvent recorded = state.events()
                .record(
                        apiKey,
                        new RecordedEvent(
                                FakeAmplitudeDestination.KIND,
                                project.destination(),
                                project.shop(),
                                key,
                                orderId(event),
                                eventType,
                                eventType,
                                false,
                                now,
                                event),
                        INSERT_ID_WINDOW);
        log.info(
                "amplitude accepted destination={} insertId={} orderId={} event={} duplicate={}",
                recorded.destination(),
                key,
                recorded.orderId(),
                eventType,
                recorded.duplicate());
    }

    /** {@code event_properties.order_id} as text, or {@code null}. */
    static String orderId(JsonNode event) {
        JsonNode properties = event.get("event_properties");
        return properties == null ? null : PeerJson.idText(properties.get("order_id"));
    }
}
