package dev.orderrelay.bench.faults;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The standalone devstack's simulator API: the simulated store's load and history, its subscriptions and Admin API
 * throttle, the fault proxies in front of SQS, DynamoDB and S3, and the fake destinations' faults, rejections and
 * accepted events.
 */
public final class SimulatorClient {

    private final JsonHttp http;

    public SimulatorClient(URI simulator) {
        this.http = JsonHttp.to(simulator);
    }

    /** Starts a batch of {@code count} orders at {@code perSecond} (0: as fast as the store can), losing a share. */
    public String createOrders(int count, int perSecond, double lossRate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", count);
        body.put("perSecond", perSecond);
        body.put("lossRate", lossRate);
        return http.post("/simulator/store/orders", body).path("batch").asString();
    }

    public StoreBatch batch(String id) {
        return StoreBatch.read(http.get("/simulator/store/orders?batch=" + encode(id)));
    }

    /** Every event the fake destination of {@code kind} accepted for {@code shop}, without payloads. */
    public List<AcceptedEvent> events(String shop, String kind) {
        JsonNode json = http.get(
                "/simulator/destinations/events?shop=" + encode(shop) + "&kind=" + encode(kind) + "&payload=false");
        List<AcceptedEvent> events = new ArrayList<>();
        for (JsonNode event : json.path("events")) {
            events.add(new AcceptedEvent(
                    event.path("kind").asString(),
                    event.path("destination").asString(null),
                    event.path("key").asString(),
                    event.path("orderId").isNull()
                            ? null
                            : event.path("orderId").asString(null),
                    event.path("event").asString(null),
                    event.path("duplicate").asBoolean(false)));
        }
        return events;
    }

    /** Every event of every kind in {@code kinds}. */
    public List<AcceptedEvent> events(String shop, List<String> kinds) {
        List<AcceptedEvent> all = new ArrayList<>();
        kinds.forEach(kind -> all.addAll(events(shop, kind)));
        return all;
    }

    /** Makes the fake destination of {@code kind} play a fault ({@code mode} status, hang, throttle or delay). */
    public void peerFault(String kind, Map<String, Object> fault) {
        http.post("/simulator/destinations/" + kind + "/faults", fault);
    }

    public void clearPeerFault(String kind) {
        http.delete("/simulator/destinations/" + kind + "/faults");
    }

    /** Makes the fake destination of {@code kind} refuse these orders' events as invalid (a 4xx). */
    public void reject(String kind, Set<String> orderIds, String reason) {
        http.post("/simulator/destinations/" + kind + "/rejections", Map.of("orders", orderIds, "reason", reason));
    }

    public void clearRejections(String kind) {
        http.delete("/simulator/destinations/" + kind + "/rejections");
    }

    /** Sets the fault proxy in front of {@code service} (sqs, dynamodb or s3) to {@code mode} for some seconds. */
    public void proxy(String service, String mode, int seconds) {
        http.post("/simulator/proxies/" + service, Map.of("mode", mode, "seconds", seconds));
    }

    public void clearProxy(String service) {
        http.delete("/simulator/proxies/" + service);
    }

    /** Deletes the store's webhook subscription of {@code topic}, as Shopify does after repeated failures. */
    public void deleteSubscription(String topic) {
        http.delete("/simulator/store/subscriptions?topic=" + encode(topic));
    }

    /** Orders the simulated store has created since it started, in every batch. */
    public long ordersCreated() {
        return http.get("/simulator/store/stats").path("ordersCreated").asLong();
    }

    /** Shrinks the Admin API's cost bucket for some seconds. */
    public void throttleAdminApi(int bucketSize, int restoreRate, int seconds) {
        http.post(
                "/simulator/store/admin-api/throttle",
                Map.of("bucketSize", bucketSize, "restoreRate", restoreRate, "seconds", seconds));
    }

    public void restoreAdminApi() {
        http.delete("/simulator/store/admin-api/throttle");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
