package dev.orderrelay.devstack.destinations.segment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Segment HTTP API calls as its documentation shows them, and a client that sends them. */
final class SegmentRequests implements AutoCloseable {

    static final String WRITE_KEY = "wk-shop-a-us";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** An {@code Order Completed} track message for {@code orderId} with {@code messageId}. */
    static String orderCompleted(String messageId, String orderId) {
        return "{\"type\": \"track\", \"userId\": \"customer-42\", \"event\": \"Order Completed\", \"messageId\": \""
                + messageId + "\", \"timestamp\": \"2025-11-24T10:00:00Z\", \"properties\": {\"order_id\": \""
                + orderId + "\", \"total\": 19.99, \"currency\": \"EUR\"}}";
    }

    static String batch(List<String> messages) {
        return "{\"batch\": [" + String.join(",", messages) + "]}";
    }

    static String basic(String writeKey) {
        return "Basic " + Base64.getEncoder().encodeToString((writeKey + ":").getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(URI uri, String writeKey, String body) throws IOException, InterruptedException {
        return client.send(request(uri, writeKey, body, Duration.ofSeconds(5)), HttpResponse.BodyHandlers.ofString());
    }

    /** A request authenticated by HTTP Basic with {@code writeKey}, or with none when it is null. */
    static HttpRequest request(URI uri, String writeKey, String body, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (writeKey != null) {
            builder.header("Authorization", basic(writeKey));
        }
        return builder.build();
    }

    HttpClient client() {
        return client;
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    @Override
    public void close() {
        client.close();
    }
}
