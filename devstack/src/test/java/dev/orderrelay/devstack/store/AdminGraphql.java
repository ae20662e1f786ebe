package dev.orderrelay.devstack.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test client of the store's Admin GraphQL API over real HTTP. It sends the client's own documents, read from
 * the shopify module's resources (a test dependency), exactly as its client sends them.
 */
final class AdminGraphql {

    /** One answer: HTTP status, headers and JSON body. */
    record Answer(int status, HttpHeaders headers, JsonNode body) {

        JsonNode data() {
            return body.get("data");
        }

        JsonNode cost() {
            return body.get("extensions").get("cost");
        }

        String errorCode() {
            return body.path("errors").path(0).path("extensions").path("code").asString("");
        }
    }

    static final String TOKEN = "shpat_test_token";
    static final String VERSION = "2026-10";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI endpoint;

    AdminGraphql(URI base) {
        this.endpoint = base.resolve("/admin/api/" + VERSION + "/graphql.json");
    }

    /** Runs the client's document {@code name} (e.g. {@code Order}) with {@code variables}. */
    Answer run(String name, Map<String, ?> variables) {
        return query(document(name), variables, TOKEN);
    }

    Answer query(String query, Map<String, ?> variables, String token) {
        String body = MAPPER.writeValueAsString(Map.of("query", query, "variables", variables));
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("X-Shopify-Access-Token", token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), MAPPER.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String document(String name) {
        String path = "/dev/orderrelay/shopify/admin/" + name + ".graphql";
        try (InputStream in = AdminGraphql.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("document missing from the test classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
