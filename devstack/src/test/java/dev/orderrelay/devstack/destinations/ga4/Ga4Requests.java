package dev.orderrelay.devstack.destinations.ga4;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Measurement Protocol bodies as GA4's documentation shows them, and a client that posts them. */
final class Ga4Requests implements AutoCloseable {

    static final String MEASUREMENT_ID = "G-SHOPA12345";
    static final String API_SECRET = "mp-secret-shop-a";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static String purchase(String transactionId, String value) {
        return event(
                "purchase",
                "\"transaction_id\": \"" + transactionId + "\", \"value\": " + value
                        + ", \"currency\": \"EUR\", \"items\": [{\"item_id\": \"SKU-1\", \"price\": " + value
                        + ", \"quantity\": 1}]");
    }

    static String refund(String transactionId, String value) {
        return event(
                "refund",
                "\"transaction_id\": \"" + transactionId + "\", \"value\": " + value + ", \"currency\": \"EUR\"");
    }

    static String event(String name, String params) {
        return "{\"name\": \"" + name + "\", \"params\": {" + params + "}}";
    }

    /** A request for client {@code 555.123} carrying {@code events}, stamped at {@code at}. */
    static String body(Instant at, String... events) {
        long micros = at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
        return "{\"client_id\": \"555.123\", \"timestamp_micros\": " + micros + ", \"events\": ["
                + String.join(",", events) + "]}";
    }

    HttpResponse<String> post(URI uri, String measurementId, String apiSecret, String body)
            throws IOException, InterruptedException {
        return post(uri, measurementId, apiSecret, body, Duration.ofSeconds(5));
    }

    HttpResponse<String> post(URI uri, String measurementId, String apiSecret, String body, Duration timeout)
            throws IOException, InterruptedException {
        return client.send(request(uri, measurementId, apiSecret, body, timeout), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest request(URI uri, String measurementId, String apiSecret, String body, Duration timeout) {
        String query = "?measurement_id=" + measurementId + (apiSecret == null ? "" : "&api_secret=" + apiSecret);
        return HttpRequest.newBuilder(URI.create(uri + query))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
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
