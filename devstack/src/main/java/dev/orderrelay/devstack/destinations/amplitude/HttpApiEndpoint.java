package dev.orderrelay.devstack.destinations.amplitude;

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
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Handles {@code POST /2/httpapi} for one region's host as Amplitude's HTTP V2 API does: 413 above 1 MB or 2000
 * events, 400 for a body that is not JSON, a missing {@code api_key} or {@code events}, or an API key this region does
 * not know ({@code Invalid API key: <key>}, as a key of the other region's project gets), then {@link UploadIntake} for
 * the events. A fault, when set, takes the request once its key is read.
 */
final class HttpApiEndpoint implements HttpHandler {

    static final String PATH = "/2/httpapi";
    /** "Keep request sizes under 1 MB": taken as 1,000,000 bytes, the stricter reading. */
    static final int MAX_BODY_BYTES = 1_000_000;

    static final int MAX_EVENTS = 2000;

    private final Region region;
    private final Function<String, AmplitudeProject> projects;
    private final PeerState state;
    private final UploadIntake intake;

    HttpApiEndpoint(
            Region region, Function<String, AmplitudeProject> projects, PeerState state, IdThrottles throttles) {
        this.region = region;
        this.projects = projects;
        this.state = state;
        this.intake = new UploadIntake(state, throttles);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                // Amplitude lists "Invalid request path" among its 400s, so a wrong base URL fails as it would there.
                PeerHttp.json(exchange, 400, AmplitudeReplies.error(400, "Invalid request path"));
                return;
            }
            if (!PeerHttp.acceptPostOnly(exchange)) {
                return;
            }
            Optional<byte[]> body = PeerHttp.readBody(exchange, MAX_BODY_BYTES);
            if (body.isEmpty()) {
                PeerHttp.json(exchange, 413, AmplitudeReplies.payloadTooLarge());
                return;
            }
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                PeerHttp.json(exchange, 400, AmplitudeReplies.error(400, "Content-Type must be application/json"));
                return;
            }
            if (body.get().length == 0) {
                PeerHttp.json(exchange, 400, AmplitudeReplies.error(400, "Missing request body"));
                return;
            }
            Optional<JsonNode> parsed = PeerJson.parse(body.get()).filter(JsonNode::isObject);
            if (parsed.isEmpty()) {
                PeerHttp.json(exchange, 400, AmplitudeReplies.error(400, AmplitudeReplies.INVALID_JSON));
                return;
            }
            upload(exchange, parsed.get(), body.get().length);
        }
    }

    private void upload(HttpExchange exchange, JsonNode body, int bytes) throws IOException {
        JsonNode apiKey = body.get("api_key");
        if (apiKey == null || !apiKey.isString() || apiKey.stringValue().isBlank()) {
            PeerHttp.json(exchange, 400, AmplitudeReplies.missingField("api_key"));
            return;
        }
        JsonNode events = body.get("events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            PeerHttp.json(exchange, 400, AmplitudeReplies.missingField("events"));
            return;
        }
        if (events.size() > MAX_EVENTS) {
            PeerHttp.json(exchange, 413, AmplitudeReplies.payloadTooLarge());
            return;
        }
        String key = apiKey.stringValue();
        AmplitudeProject project = projects.apply(key);
        String destination = project == null ? null : project.destination();
        List<JsonNode> list = new ArrayList<>();
        events.values().forEach(list::add);
        Optional<ActiveFault> fault = state.faults().claim(destination);
        if (FaultResponder.answersInstead(fault)) {
            state.faultResponder().play(fault.get(), destination, exchange, new AmplitudeFaultReplies(list));
            return;
        }
        answer(state.faultResponder().answerThrough(fault, exchange), key, project, list, body, bytes);
    }

    private void answer(
            HttpExchange exchange, String key, AmplitudeProject project, List<JsonNode> list, JsonNode body, int bytes)
            throws IOException {
        if (project == null || project.region() != region) {
            // Amplitude's own wording, key and all; order-relay must never log this body.
            PeerHttp.json(exchange, 400, AmplitudeReplies.error(400, "Invalid API key: " + key));
            return;
        }
        if (list.stream().anyMatch(event -> !event.isObject())) {
            PeerHttp.json(exchange, 400, AmplitudeReplies.error(400, "Invalid event JSON"));
            return;
        }
        List<ObjectNode> objects = list.stream().map(ObjectNode.class::cast).toList();
        UploadIntake.Reply reply = intake.take(key, project, objects, minIdLength(body), bytes);
        PeerHttp.json(exchange, reply.status(), reply.body());
    }

    private static int minIdLength(JsonNode body) {
        JsonNode options = body.get("options");
        JsonNode min = options == null ? null : options.get("min_id_length");
        return min != null && min.isIntegralNumber() && min.canConvertToInt() && min.intValue() >= 0
                ? min.intValue()
                : UploadCheck.DEFAULT_MIN_ID_LENGTH;
    }
}
