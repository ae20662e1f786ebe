package dev.orderrelay.devstack.destinations.ga4;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.orderrelay.devstack.destinations.ActiveFault;
import dev.orderrelay.devstack.destinations.FaultResponder;
import dev.orderrelay.devstack.destinations.PeerHttp;
import dev.orderrelay.devstack.destinations.PeerJson;
import dev.orderrelay.devstack.destinations.PeerState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Handles {@code POST /mp/collect} and {@code POST /debug/mp/collect} as GA4 does. Collect answers 204 whatever it
 * makes of the request and records only what GA4 would keep; what it would drop goes to the drop log with the reason.
 * Debug records nothing, ignores {@code api_secret}, and answers 200 with the validation messages. A fault, when set,
 * takes either first.
 */
final class Ga4Endpoint implements HttpHandler {

    /** Bodies are read up to this; anything longer is over GA4's 130 kB without reading further. */
    private static final int MAX_READ_BYTES = 1 << 20;

    private final boolean debug;
    private final Function<String, Ga4Stream> streams;
    private final PeerState state;
    private final Ga4RequestValidator validator;
    private final Ga4Collector collector;

    Ga4Endpoint(boolean debug, Function<String, Ga4Stream> streams, PeerState state) {
        this.debug = debug;
        this.streams = streams;
        this.state = state;
        this.validator = new Ga4RequestValidator(state.clock());
        this.collector = new Ga4Collector(state);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!PeerHttp.acceptPostOnly(exchange)) {
                return;
            }
            Optional<byte[]> body = PeerHttp.readBody(exchange, MAX_READ_BYTES);
            Map<String, String> query = PeerHttp.query(exchange);
            String measurementId = query.get("measurement_id");
            Ga4Stream stream = measurementId == null ? null : streams.apply(measurementId);
            String destination = stream == null ? null : stream.destination();
            Optional<ActiveFault> fault = state.faults().claim(destination);
            if (FaultResponder.answersInstead(fault)) {
                state.faultResponder().play(fault.get(), destination, exchange);
                return;
            }
            HttpExchange answer = state.faultResponder().answerThrough(fault, exchange);
            Ga4Verdict verdict = body.map(validator::judge).orElseGet(Ga4RequestValidator::tooLarge);
            if (debug) {
                PeerHttp.json(answer, 200, validationResponse(measurementId, verdict));
                return;
            }
            collector.collect(measurementId, stream, query.get("api_secret"), verdict);
            PeerHttp.empty(answer, 204);
        }
    }

    private JsonNode validationResponse(String measurementId, Ga4Verdict verdict) {
        List<ValidationMessage> messages = new ArrayList<>();
        if (measurementId == null || measurementId.isBlank()) {
            messages.add(new ValidationMessage(
                    "measurement_id", "measurement_id is required in the query", ValidationCode.VALUE_REQUIRED));
        }
        messages.addAll(verdict.all());
        for (int i = 0; i < verdict.events().size(); i++) {
            JsonNode event = verdict.events().get(i);
            String orderId = event.isObject() ? Ga4Keys.transactionId(event.get("params")) : null;
            int index = i;
            state.rejections()
                    .reason(orderId)
                    .ifPresent(reason -> messages.add(new ValidationMessage(
                            "events[" + index + "].params.transaction_id", reason, ValidationCode.VALUE_INVALID)));
        }
        ObjectNode response = PeerJson.object();
        ArrayNode list = response.putArray("validationMessages");
        messages.forEach(message -> list.add(message.toJson()));
        return response;
    }
}
