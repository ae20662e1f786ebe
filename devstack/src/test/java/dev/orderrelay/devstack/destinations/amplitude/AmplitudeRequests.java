package dev.orderrelay.devstack.destinations.amplitude;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP V2 uploads as Amplitude's documentation shows them, and a client that sends them. */
final class AmplitudeRequests implements AutoCloseable {

    static final String API_KEY = "amp-key-shop-a";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** An order event for {@code userId} with revenue and {@code insertId}. */
    static String orderEvent(String userId, String orderId, String insertId) {
        return "{\"user_id\": \"" + userId + "\", \"event_type\": \"Order Completed\", \"time\": 1763978400000,"
                + " \"insert_id\": \"" + insertId + "\", \"price\": 19.99, \"quantity\": 1, \"revenue\": 19.99,"
                + " \"productId\": \"SKU-1\", \"revenueType\": \"purchase\","
                + " \"event_properties\": {\"order_id\": \"" + orderId + "\", \"currency\": \"EUR\"}}";
    }

    static String upload(String apiKey, List<String> events) {
        return "{\"api_key\": \"" + apiKey + "\", \"events\": [" + String.join(",", events) + "]}";
    }

    static String upload(String... events) {
        return upload(API_KEY, List.of(events));
    }

    static List<String> copies(int count, String event) {
        return Collections.nCopies(count, event);
    }

    HttpResponse<String> post(URI uri, String body) throws IOException, InterruptedException {
        return client.send(request(uri, body, Duration.ofSeconds(5)), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest request(URI uri, String body, Duration timeout) {
        return HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "*/*")
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
