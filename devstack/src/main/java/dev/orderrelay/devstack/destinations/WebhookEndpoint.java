package dev.orderrelay.devstack.destinations;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles {@code POST /hooks/{name}}: plays a fault if one is set, otherwise verifies the signature, parses the body,
 * refuses an order the test told it to, and records the event. Only an accepted event is recorded; a faulted or
 * refused request leaves no trace but a log line.
 */
final class WebhookEndpoint implements HttpHandler {

    static final String PATH_PREFIX = "/hooks/";

    private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);
    private static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    private final Function<String, WebhookSecret> secrets;
    private final StandardWebhookVerifier verifier;
    private final PeerState state;

    WebhookEndpoint(Function<String, WebhookSecret> secrets, PeerState state) {
        this.secrets = secrets;
        this.verifier = new StandardWebhookVerifier(state.clock());
        this.state = state;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring(PATH_PREFIX.length());
            WebhookSecret secret = name.contains("/") ? null : secrets.apply(name);
            if (secret == null) {
                respond(exchange, 404, "no destination here");
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                respond(exchange, 405, "POST only");
                return;
            }
            byte[] body = readBody(exchange);
            if (body == null) {
                respond(exchange, 413, "body too large");
                return;
            }
            Optional<ActiveFault> fault = state.faults().claim(name);
            if (FaultResponder.answersInstead(fault)) {
                state.faultResponder().play(fault.get(), name, exchange);
                return;
            }
            accept(name, secret, body, state.faultResponder().answerThrough(fault, exchange));
        }
    }

    private void accept(String name, WebhookSecret secret, byte[] body, HttpExchange exchange) throws IOException {
        Headers headers = exchange.getRequestHeaders();
        String key = headers.getFirst("webhook-id");
        SignatureVerdict verdict = verifier.verify(
                secret, key, headers.getFirst("webhook-timestamp"), headers.getFirst("webhook-signature"), body);
        if (!verdict.accepted()) {
            log.warn("webhook refused destination={} key={} reason={}", name, key, verdict);
            // Plain and empty, as a careful endpoint answers: the reason would help a forger more than a sender.
            exchange.sendResponseHeaders(401, -1);
            return;
        }
        WebhookBody parsed;
        try {
            parsed = WebhookBody.parse(body);
        } catch (InvalidWebhookBodyException e) {
            log.warn("webhook refused destination={} key={} reason={}", name, key, e.getMessage());
            respond(exchange, 400, e.getMessage());
            return;
        }
        Optional<String> rejection = state.rejections().reason(parsed.orderId());
        if (rejection.isPresent()) {
            log.info("webhook refused destination={} key={} orderId={} reason=rejected", name, key, parsed.orderId());
            respond(exchange, 400, rejection.get());
            return;
        }
        RecordedEvent event = state.events()
                .record(
                        name,
                        new RecordedEvent(
                                FakeWebhookDestination.KIND,
                                name,
                                parsed.shop(),
                                key,
                                parsed.orderId(),
                                parsed.event(),
                                parsed.type(),
                                false,
                                state.clock().instant(),
                                parsed.document()));
        log.info(
                "webhook accepted destination={} key={} orderId={} event={} duplicate={}",
                name,
                key,
                event.orderId(),
                event.event(),
                event.duplicate());
        exchange.sendResponseHeaders(200, -1);
    }

    /** The body, or {@code null} when it is larger than a merchant's endpoint would take. */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? null : body;
        }
    }

    private static void respond(HttpExchange exchange, int status, String reason) throws IOException {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, text.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(text);
        }
    }
}
