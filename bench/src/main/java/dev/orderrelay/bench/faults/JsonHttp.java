package dev.orderrelay.bench.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to one base address (the simulator's or the console's API), optionally with HTTP Basic. Every call
 * expects a 2xx answer and otherwise fails naming the request and the answer, so a suite run never goes on
 * after a fault it meant to play was refused.
 */
final class JsonHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;
    private final URI base;
    private final String authorization;
    private final Duration timeout;

    private JsonHttp(HttpClient client, URI base, String authorization, Duration timeout) {
        this.client = client;
        this.base = base;
        this.authorization = authorization;
        this.timeout = timeout;
    }

    static JsonHttp to(URI base) {
        return new JsonHttp(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                base,
                null,
                Duration.ofSeconds(120));
    }

    /** The same client with HTTP Basic credentials on every request. */
    JsonHttp withBasic(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new JsonHttp(client, base, "Basic " + token, timeout);
    }

    JsonNode get(String path) {
        return JSON.readTree(send(request(path).GET()).body());
    }

    JsonNode post(String path, Object body) {
        String json = body == null ? "" : JSON.writeValueAsString(body);
        HttpResponse<String> response = send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    void delete(String path) {
        send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(request.method() + " " + request.uri() + " interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + shorten(response.body()));
        }
        return response;
    }

    private static String shorten(String body) {
        return body.length() > 500 ? body.substring(0, 500) + "..." : body;
    }
}
