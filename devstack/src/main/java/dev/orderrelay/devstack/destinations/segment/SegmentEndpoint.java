package dev.orderrelay.devstack.destinations.segment;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.orderrelay.devstack.destinations.ActiveFault;
import dev.orderrelay.devstack.destinations.FaultResponder;
import dev.orderrelay.devstack.destinations.PeerHttp;
import dev.orderrelay.devstack.destinations.PeerJson;
import dev.orderrelay.devstack.destinations.PeerState;
import dev.orderrelay.devstack.destinations.Region;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Handles {@code POST /v1/batch} and the single calls ({@code /v1/track}, {@code /v1/identify}, ...) for one region's
 * host, as Segment's HTTP Tracking API does: 400 only for an oversized payload (32 KB a message, 500 KB a batch) or a
 * body that is not JSON, 200 {@code {"success": true}} for everything else, leaving {@link SegmentIntake} to keep or
 * silently drop each message. A fault, when set, takes the request before any of that.
 */
final class SegmentEndpoint implements HttpHandler {

    static final String PATH_PREFIX = "/v1/";
    static final int MAX_MESSAGE_BYTES = 32 * 1024;
    static final int MAX_BATCH_BYTES = 500 * 1024;
    private static final int MAX_READ_BYTES = 1 << 20;
    private static final SegmentReplies REPLIES = new SegmentReplies();

    private final Function<String, SegmentSource> sources;
    private final PeerState state;
    private final SegmentIntake intake;

    SegmentEndpoint(Region region, Function<String, SegmentSource> sources, PeerState state) {
        this.sources = sources;
        this.state = state;
        this.intake = new SegmentIntake(region, state);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String call = exchange.getRequestURI().getPath().substring(PATH_PREFIX.length());
            boolean batch = "batch".equals(call);
            if (!batch && !SegmentMessages.TYPES.contains(call)) {
                PeerHttp.json(exchange, 404, SegmentReplies.error("no such call: " + call));
                return;
            }
            if (!PeerHttp.acceptPostOnly(exchange)) {
                return;
            }
            Optional<byte[]> body = PeerHttp.readBody(exchange, MAX_READ_BYTES);
            if (body.isEmpty() || body.get().length > (batch ? MAX_BATCH_BYTES : MAX_MESSAGE_BYTES)) {
                PeerHttp.json(exchange, 400, SegmentReplies.error(SegmentReplies.EXCEED_PAYLOAD_LIMIT));
                return;
            }
            Optional<JsonNode> parsed = PeerJson.parse(body.get()).filter(JsonNode::isObject);
            if (parsed.isEmpty()) {
                PeerHttp.json(exchange, 400, SegmentReplies.error(SegmentReplies.INVALID_JSON));
                return;
            }
            String writeKey = WriteKeys.of(exchange, parsed.get());
            SegmentSource source = writeKey == null ? null : sources.apply(writeKey);
            String destination = source == null ? null : source.destination();
            Optional<ActiveFault> fault = state.faults().claim(destination);
            if (FaultResponder.answersInstead(fault)) {
                state.faultResponder().play(fault.get(), destination, exchange, REPLIES);
                return;
            }
            answer(
                    state.faultResponder().answerThrough(fault, exchange),
                    batch ? null : call,
                    parsed.get(),
                    writeKey,
                    source);
        }
    }

    private void answer(HttpExchange exchange, String impliedType, JsonNode body, String writeKey, SegmentSource source)
            throws IOException {
        List<JsonNode> messages = new ArrayList<>();
        if (impliedType != null) {
            messages.add(body);
        } else {
            JsonNode batch = body.get("batch");
            if (batch == null || !batch.isArray()) {
                PeerHttp.json(exchange, 400, SegmentReplies.error(SegmentReplies.INVALID_JSON));
                return;
            }
            batch.values().forEach(messages::add);
            if (messages.stream().anyMatch(message -> PeerJson.write(message).length > MAX_MESSAGE_BYTES)) {
                PeerHttp.json(exchange, 400, SegmentReplies.error(SegmentReplies.EXCEED_PAYLOAD_LIMIT));
                return;
            }
        }
        Optional<String> rejection = intake.rejection(source, messages);
        if (rejection.isPresent()) {
            PeerHttp.json(exchange, 400, SegmentReplies.error(rejection.get()));
            return;
        }
        intake.take(impliedType, messages, writeKey != null, source);
        PeerHttp.json(exchange, 200, SegmentReplies.success());
    }
}
