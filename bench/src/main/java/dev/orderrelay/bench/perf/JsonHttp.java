package dev.orderrelay.bench.perf;

import java.io.IOException;
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
 * JSON over the JDK HttpClient for the benchmark's control calls (simulator, console, Admin API, metrics), which are
 * few and off the measured path.
 */
final class JsonHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    JsonNode get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET(), null);
    }

    JsonNode get(URI uri, String user, String password) {
        return send(HttpRequest.newBuilder(uri).GET().header("Authorization", basic(user, password)), null);
    }

    JsonNode post(URI uri, Object body) {
        return send(HttpRequest.newBuilder(uri), body);
    }

    JsonNode post(URI uri, Object body, String user, String password) {
        return send(HttpRequest.newBuilder(uri).header("Authorization", basic(user, password)), body);
    }

    JsonNode postWithHeader(URI uri, Object body, String header, String value) {
        return send(HttpRequest.newBuilder(uri).header(header, value), body);
    }

    String text(URI uri) {
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + uri, e);
        }
    }

    private JsonNode send(HttpRequest.Builder builder, Object body) {
        if (body != null) {
            builder.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpRequest request = builder.timeout(Duration.ofSeconds(60)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + abbreviate(response.body()));
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "...";
    }
}
