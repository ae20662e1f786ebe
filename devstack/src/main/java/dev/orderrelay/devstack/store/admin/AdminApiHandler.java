package dev.orderrelay.devstack.store.admin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.orderrelay.devstack.destinations.PeerHttp;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /admin/api/{version}/graphql.json}: checks {@code X-Shopify-Access-Token} (401 with Shopify's body
 * otherwise), reads {@code {"query", "variables", "operationName"}} and answers what {@link AdminExecution} decides.
 * Never logs the token or a response body.
 */
final class AdminApiHandler implements HttpHandler {

    static final String TOKEN_HEADER = "X-Shopify-Access-Token";

    private static final Pattern PATH = Pattern.compile("/admin/api/(\\d{4}-\\d{2}|unstable)/graphql\\.json");
    private static final int MAX_BODY = 1024 * 1024;
    private static final String INVALID_TOKEN =
            "[API] Invalid API key or access token (unrecognized login or wrong password)";

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final AdminExecution execution;
    private final Predicate<String> tokenCheck;
    private final LongAdder unauthorized = new LongAdder();

    AdminApiHandler(AdminExecution execution, Predicate<String> tokenCheck) {
        this.execution = execution;
        this.tokenCheck = tokenCheck;
    }

    long unauthorized() {
        return unauthorized.sum();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!PATH.matcher(exchange.getRequestURI().getPath()).matches()) {
                answer(exchange, 404, Map.of("errors", "Not Found"));
                return;
            }
            if (!PeerHttp.acceptPostOnly(exchange)) {
                return;
            }
            if (!tokenCheck.test(exchange.getRequestHeaders().getFirst(TOKEN_HEADER))) {
                unauthorized.increment();
                answer(exchange, 401, Map.of("errors", INVALID_TOKEN));
                return;
            }
            Optional<JsonNode> request = request(exchange);
            if (request.isEmpty()) {
                answer(exchange, 400, Map.of("errors", Map.of("query", "Required parameter missing or invalid")));
                return;
            }
            JsonNode body = request.get();
            AdminExecution.Answer answer = execution.execute(
                    body.get("query").asString(),
                    variables(body.path("variables")),
                    body.path("operationName").isString()
                            ? body.get("operationName").asString()
                            : null);
            if (answer.status() == 429) {
                exchange.getResponseHeaders().set("Retry-After", Long.toString(answer.retryAfterSeconds()));
            }
            answer(exchange, answer.status(), answer.body());
        }
    }

    private Optional<JsonNode> request(HttpExchange exchange) throws IOException {
        Optional<byte[]> bytes = PeerHttp.readBody(exchange, MAX_BODY);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode body = mapper.readTree(bytes.get());
            return body != null && body.isObject() && body.path("query").isString()
                    ? Optional.of(body)
                    : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> variables(JsonNode variables) {
        return variables.isObject() ? mapper.convertValue(variables, Map.class) : Map.of();
    }

    private void answer(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        PeerHttp.json(exchange, status, mapper.valueToTree(body));
    }
}
