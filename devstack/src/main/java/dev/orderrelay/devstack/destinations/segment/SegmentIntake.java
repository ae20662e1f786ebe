package dev.orderrelay.devstack.destinations.segment;

import dev.orderrelay.devstack.destinations.DroppedEvent;
import dev.orderrelay.devstack.destinations.PeerState;
import dev.orderrelay.devstack.destinations.RecordedEvent;
import dev.orderrelay.devstack.destinations.Region;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What Segment keeps of messages it has answered 200 to. A batch over 2500 messages, an unknown write key or one
 * whose workspace lives in the other region loses every message; otherwise each valid message is recorded, flagged as a
 * duplicate when its {@code messageId} was seen before (Segment dedupes globally, not per source), and each invalid one
 * is dropped with the reason.
 */
final class SegmentIntake {

    static final int MAX_BATCH_MESSAGES = 2500;

    /** One dedupe scope for every source, as Segment's is global. */
    private static final String DEDUPE_SCOPE = "segment";

    private static final Logger log = LoggerFactory.getLogger(SegmentIntake.class);

    private final Region region;
    private final PeerState state;

    SegmentIntake(Region region, PeerState state) {
        this.region = region;
        this.state = state;
    }

    /**
     * The reason a test told the peer to refuse an order in {@code messages} with, if any. Only for a known source in
     * this region: a rejection stands for the workspace refusing, which a lost message never reaches.
     */
    Optional<String> rejection(SegmentSource source, List<JsonNode> messages) {
        if (source == null || source.region() != region) {
            return Optional.empty();
        }
        return messages.stream()
                .map(SegmentMessages::orderId)
                .map(orderId -> state.rejections().reason(orderId))
                .flatMap(Optional::stream)
                .findFirst();
    }

    void take(String impliedType, List<JsonNode> messages, boolean keySent, SegmentSource source) {
        Instant now = state.clock().instant();
        if (impliedType == null && messages.size() > MAX_BATCH_MESSAGES) {
            dropAll(source, messages, "a batch may hold at most 2500 events, had " + messages.size(), now);
        } else if (source == null) {
            dropAll(null, messages, keySent ? "unknown write key" : "no write key", now);
        } else if (source.region() != region) {
            dropAll(
                    source,
                    messages,
                    "the write key's workspace is in the " + source.region().label() + " region; sent to the "
                            + region.label() + " endpoint",
                    now);
        } else {
            messages.forEach(message -> keepOrDrop(source, impliedType, message, now));
        }
    }

    private void keepOrDrop(SegmentSource source, String impliedType, JsonNode message, Instant now) {
        String type = SegmentMessages.type(message, impliedType);
        Optional<String> problem = SegmentMessages.problem(message, type);
        if (problem.isPresent()) {
            drop(source, message, problem.get(), now);
            return;
        }
        JsonNode messageId = message.get("messageId");
        String key =
                messageId != null && messageId.isString() ? messageId.stringValue() : "generated-" + UUID.randomUUID();
        RecordedEvent recorded = state.events()
                .record(
                        DEDUPE_SCOPE,
                        new RecordedEvent(
                                FakeSegmentDestination.KIND,
                                source.destination(),
                                source.shop(),
                                key,
                                SegmentMessages.orderId(message),
                                SegmentMessages.event(message, type),
                                type,
                                false,
                                now,
                                withoutWriteKey(message)));
        log.info(
                "segment accepted destination={} messageId={} orderId={} event={} duplicate={}",
                recorded.destination(),
                key,
                recorded.orderId(),
                recorded.event(),
                recorded.duplicate());
    }

    private void dropAll(SegmentSource source, List<JsonNode> messages, String reason, Instant now) {
        messages.forEach(message -> drop(source, message, reason, now));
    }

    private void drop(SegmentSource source, JsonNode message, String reason, Instant now) {
        String orderId = message.isObject() ? SegmentMessages.orderId(message) : null;
        JsonNode event = message.isObject() ? message.get("event") : null;
        state.dropped()
                .record(new DroppedEvent(
                        FakeSegmentDestination.KIND,
                        source == null ? null : source.destination(),
                        source == null ? null : source.shop(),
                        orderId,
                        event != null && event.isString() ? event.stringValue() : null,
                        reason,
                        now,
                        withoutWriteKey(message)));
        log.info(
                "segment dropped behind a 200 destination={} orderId={} reason={}",
                source == null ? null : source.destination(),
                orderId,
                reason);
    }

    /** The message as sent, minus a write key in the body: the simulator lists payloads, never credentials. */
    private static JsonNode withoutWriteKey(JsonNode message) {
        JsonNode copy = message.deepCopy();
        if (copy instanceof ObjectNode object) {
            object.remove("writeKey");
        }
        return copy;
    }
}
