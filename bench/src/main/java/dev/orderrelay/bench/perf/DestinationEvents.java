package dev.orderrelay.bench.perf;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** What the fake destination peers accepted, read from the simulator without payloads. */
final class DestinationEvents {

    static final String[] KINDS = {"webhook", "ga4", "segment", "amplitude"};

    private final JsonHttp http = new JsonHttp();
    private final URI simulator;
    private final String shop;

    DestinationEvents(URI simulator, String shop) {
        this.simulator = simulator;
        this.shop = shop;
    }

    /** For each of {@code orders} that the peer of {@code kind} accepted, when it first accepted one of its events. */
    Map<String, Instant> firstArrivals(String kind, Set<String> orders) {
        JsonNode answer = http.get(simulator.resolve("/simulator/destinations/events?shop="
                + URLEncoder.encode(shop, StandardCharsets.UTF_8) + "&kind=" + kind + "&payload=false"));
        Map<String, Instant> first = new HashMap<>();
        for (JsonNode event : answer.path("events")) {
            String orderId = event.path("orderId").asString(null);
            if (orderId == null || !orders.contains(orderId)) {
                continue;
            }
            Instant at = Instant.parse(event.path("receivedAt").asString());
            first.merge(orderId, at, (a, b) -> a.isBefore(b) ? a : b);
        }
        return first;
    }
}
