package dev.orderrelay.local.standalone;

import dev.orderrelay.devstack.store.DeliveryView;
import dev.orderrelay.devstack.store.SimulatedShopifyStore;
import dev.orderrelay.devstack.store.StoreOrder;
import dev.orderrelay.devstack.store.StoreStats;
import dev.orderrelay.devstack.store.WebhookTopic;
import dev.orderrelay.local.LocalStoreRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulated store's API in the standalone devstack (docs/topology.md): batches of orders at a rate and a loss
 * rate, each batch's orders and how their webhooks fared, subscriptions (listed and deleted), the Admin API's cost
 * bucket throttled and restored, and the store's counters.
 */
@RestController
@RequestMapping("/simulator/store")
public class StoreController {

    private static final int MAX_BATCH = 1_000_000;

    private final LocalStoreRunner runner;
    private final StoreBatches batches;
    private final AtomicLong throttleGeneration = new AtomicLong();

    StoreController(LocalStoreRunner runner, StoreBatches batches) {
        this.runner = runner;
        this.batches = batches;
    }

    /** {@code {"count": 1000, "perSecond": 50, "lossRate": 0.02}}: 202 {@code {"batch": "<id>"}}. */
    @PostMapping("/orders")
    ResponseEntity<Object> createOrders(@RequestBody BatchRequest request) {
        Optional<SimulatedShopifyStore> store = runner.store();
        if (store.isEmpty()) {
            return storeNotRunning();
        }
        if (request == null || request.count() == null || request.count() < 1 || request.count() > MAX_BATCH) {
            return badRequest("invalid-batch", "count must be within 1.." + MAX_BATCH);
        }
        double perSecond = request.perSecond() == null ? 0 : request.perSecond();
        double lossRate = request.lossRate() == null ? 0 : request.lossRate();
        if (!(perSecond >= 0 && perSecond <= 100_000)) {
            return badRequest("invalid-batch", "perSecond must be within 0..100000 (0: as fast as the store can)");
        }
        if (!(lossRate >= 0 && lossRate <= 1)) {
            return badRequest("invalid-batch", "lossRate must be within 0..1");
        }
        StoreBatch batch = batches.start(store.get(), request.count(), perSecond, lossRate);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("batch", batch.id()));
    }

    /** The batch's orders so far, with each webhook delivery's state. */
    @GetMapping("/orders")
    ResponseEntity<Object> batch(@RequestParam("batch") String id) {
        Optional<SimulatedShopifyStore> store = runner.store();
        if (store.isEmpty()) {
            return storeNotRunning();
        }
        Optional<StoreBatch> batch = batches.batch(id);
        if (batch.isEmpty()) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no store batch '" + id + "'");
            problem.setProperty("code", "unknown-batch");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        boolean finished = batch.get().finished();
        List<Map<String, Object>> orders = new ArrayList<>();
        for (long orderId : batch.get().orderIds()) {
            store.get().order(orderId).ifPresent(order -> orders.add(order(order)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("batch", batch.get().id());
        body.put("requested", batch.get().requested());
        body.put("created", orders.size());
        body.put("finished", finished);
        if (batch.get().failure() != null) {
            body.put("failure", batch.get().failure());
        }
        body.put("orders", orders);
        return ResponseEntity.ok(body);
    }

    @GetMapping("/subscriptions")
    ResponseEntity<Object> subscriptions() {
        Optional<SimulatedShopifyStore> store = runner.store();
        if (store.isEmpty()) {
            return storeNotRunning();
        }
        List<Map<String, Object>> subscriptions = store.get().subscriptions().stream()
                .map(subscription -> Map.<String, Object>of(
                        "id", subscription.gid(),
                        "topic", subscription.topic().topicName(),
                        "uri", subscription.uri().toString()))
                .toList();
        return ResponseEntity.ok(Map.of("subscriptions", subscriptions));
    }

    /** Deletes the topic's subscription, as a merchant or Shopify after failures would: 204, or 404 if it had none. */
    @DeleteMapping("/subscriptions")
    ResponseEntity<Object> deleteSubscription(@RequestParam String topic) {
        Optional<SimulatedShopifyStore> store = runner.store();
        if (store.isEmpty()) {
            return storeNotRunning();
        }
        Optional<WebhookTopic> known = topic(topic);
        if (known.isEmpty()) {
            return badRequest(
                    "unknown-topic",
                    "topic must be one of orders/create, orders/paid, orders/cancelled," + " refunds/create, got '"
                            + topic + "'");
        }
        if (!store.get().deleteSubscription(known.get())) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.NOT_FOUND,
                    "the store has no subscription of " + known.get().topicName());
            problem.setProperty("code", "no-subscription");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        return ResponseEntity.noContent().build();
    }

    /** {@code {"bucketSize": 50, "restoreRate": 2, "seconds": 60}}: the Admin API's bucket from now; 200 with it. */
    @PostMapping("/admin-api/throttle")
    ResponseEntity<Object> throttle(@RequestBody ThrottleRequest request) {
        Optional<SimulatedShopifyStore> store = runner.store();
        if (store.isEmpty()) {
            return storeNotRunning();
        }
        if (request == null
                || request.bucketSize() == null
                || request.restoreRate() == null
                || !(request.bucketSize() > 0)
                || !(request.restoreRate() > 0)) {
            return badRequest("invalid-throttle", "bucketSize and restoreRate are required and must be positive");
        }
        if (request.seconds() != null && request.seconds() < 1) {
            return badRequest("invalid-throttle", "seconds must be at least 1 (leave it out: until DELETE)");
        }
        SimulatedShopifyStore running = store.get();
        running.throttleAdminApi(request.bucketSize(), request.restoreRate());
        long generation = throttleGeneration.incrementAndGet();
        if (request.seconds() != null) {
            Duration lasting = Duration.ofSeconds(request.seconds());
            Thread.ofVirtual().name("admin-api-throttle-reset").start(() -> {
                try {
                    Thread.sleep(lasting);
                } catch (InterruptedException e) {
                    return;
                }
                if (throttleGeneration.get() == generation) {
                    running.restoreAdminApiBucket();
                }
            });
        }
        return ResponseEntity.ok(running.adminApiBucket());
    }

    @DeleteMapping("/admin-api/throttle")
    ResponseEntity<Object> restoreBucket() {
        Optional<SimulatedShopifyStore> store = runner.store();
        if (store.isEmpty()) {
            return storeNotRunning();
        }
        throttleGeneration.incrementAndGet();
        store.get().restoreAdminApiBucket();
        return ResponseEntity.noContent().build();
    }

    /** Orders created and, per topic, the delivery counters; the Admin API's bucket and calls. */
    @GetMapping("/stats")
    ResponseEntity<Object> stats() {
        Optional<SimulatedShopifyStore> store = runner.store();
        if (store.isEmpty()) {
            return storeNotRunning();
        }
        StoreStats stats = store.get().stats();
        Map<String, Object> byTopic = new LinkedHashMap<>();
        stats.byTopic().forEach((topic, counters) -> byTopic.put(topic.topicName(), counters));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ordersCreated", stats.ordersCreated());
        body.put("byTopic", byTopic);
        body.put("total", stats.total());
        body.put("adminApiBucket", store.get().adminApiBucket());
        body.put("adminApi", store.get().adminApiStats());
        return ResponseEntity.ok(body);
    }

    private static Map<String, Object> order(StoreOrder order) {
        List<Map<String, Object>> deliveries = new ArrayList<>();
        for (DeliveryView delivery : order.deliveries().values()) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("topic", delivery.topic().topicName());
            view.put("webhookId", delivery.webhookId());
            view.put("status", delivery.status().name());
            view.put("attempts", delivery.attempts());
            view.put("lastStatusCode", delivery.lastStatusCode());
            view.put("duplicatesSent", delivery.duplicatesSent());
            view.put("route", delivery.route().name());
            deliveries.add(view);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        // A string: order ids exceed 2^53.
        view.put("orderId", Long.toString(order.id()));
        view.put("name", order.name());
        view.put("createdAt", order.createdAt().toString());
        view.put("deliveries", deliveries);
        return view;
    }

    private static Optional<WebhookTopic> topic(String name) {
        for (WebhookTopic topic : WebhookTopic.values()) {
            if (topic.topicName().equals(name)) {
                return Optional.of(topic);
            }
        }
        return Optional.empty();
    }

    private static ResponseEntity<Object> storeNotRunning() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "the simulated store is not running (relay.local.store.enabled=false, or the devstack is starting)");
        problem.setProperty("code", "store-not-running");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }

    private static ResponseEntity<Object> badRequest(String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("code", code);
        return ResponseEntity.badRequest().body(problem);
    }

    /** The body of a batch request; {@code perSecond} and {@code lossRate} default to 0. */
    record BatchRequest(Integer count, Double perSecond, Double lossRate) {}

    /** The body of a throttle; without {@code seconds} it lasts until DELETE. */
    record ThrottleRequest(Double bucketSize, Double restoreRate, Integer seconds) {}
}
