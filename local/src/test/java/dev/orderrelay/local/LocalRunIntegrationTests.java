package dev.orderrelay.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.store.DeliveryRoute;
import dev.orderrelay.devstack.store.DeliveryStatus;
import dev.orderrelay.devstack.store.DeliveryView;
import dev.orderrelay.devstack.store.OrderShape;
import dev.orderrelay.devstack.store.SimulatedShopifyStore;
import dev.orderrelay.devstack.store.StoreOrder;
import dev.orderrelay.devstack.store.WebhookTopic;
import dev.orderrelay.ledger.dedupe.SeenDeliveries;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.orders.OrderState;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's run command, in-process: the local application with its own devstack (on free ports) and the
 * simulated store posting to its receiver, and putting a share of its webhooks on EventBridge (the devstack's queue,
 * which the receiver reads). Every webhook the store saw acked, by either path, must be processed, and every paid
 * order must reach the demo destination exactly once.
 */
@ExtendWith(OutputCaptureExtension.class)
class LocalRunIntegrationTests {

    private static ConfigurableApplicationContext run;
    private static final String SHOP = "demo.myshopify.com";
    private static final List<String> KINDS = List.of("webhook", "ga4", "segment", "amplitude");

    @BeforeAll
    static void startTheLocalRun() {
        run = LocalRelayApplication.application()
                .run(LocalRunArguments.onFreePorts(
                        0,
                        "--relay.local.store.orders-per-minute=120",
                        "--relay.local.store.paid-delay=200ms",
                        "--relay.local.store.retry-base-delay=100ms",
                        // This test follows acked webhooks through the pipeline: the profile's upstream loss and
                        // subscription deletion (repaired by the reconciler, see ReconciliationIntegrationTests)
                        // would leave the large order's webhooks unsent and the test waiting for them.
                        "--relay.local.store.webhook-loss-rate=0",
                        "--relay.local.store.delete-subscription-after=0s",
                        "--logging.level.dev.orderrelay=debug"));
    }

    @AfterAll
    static void stop() {
        run.close();
    }

    @Test
    void acksTheSimulatedStoresWebhooksAndProcessesEveryOneOfThem(CapturedOutput output) {
        SimulatedShopifyStore store =
                run.getBean(LocalStoreRunner.class).store().orElseThrow();
        SeenDeliveries seen = run.getBean(SeenDeliveries.class);
        StoreOrder large = store.createOrder(OrderShape.LARGE);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> bothTopicsAcked(store, large.id()) && ackedOrders(store) >= 3);
        List<DeliveryView> acked = store.orders().stream()
                .flatMap(order -> order.deliveries().values().stream())
                .filter(delivery -> delivery.status() == DeliveryStatus.ACKED)
                .toList();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(acked)
                        .allSatisfy(delivery -> assertThat(seen.wasProcessed(SHOP, delivery.webhookId()))
                                .as("acked %s %s", delivery.topic(), delivery.webhookId())
                                .isTrue()));
        assertThat(run.getBean(OrderLedger.class).find(SHOP, Long.toString(large.id())))
                .hasValueSatisfying(order -> assertThat(order.state()).isEqualTo(OrderState.PROCESSED));

        String logs = output.getAll();
        assertThat(logs).contains("order-relay local run ready").contains("simulated store");
        assertThat(logs).doesNotContain("dev-shopify-secret").doesNotContain("@example.com");
        assertThat(logs).doesNotContain("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertThat(logs)
                .doesNotContain("dev-ga4-api-secret")
                .doesNotContain("dev-segment-write-key")
                .doesNotContain("dev-amplitude-api-key");
    }

    @Test
    void deliversEveryPaidOrderToAllFourDemoDestinationsExactlyOnce() throws Exception {
        SimulatedShopifyStore store =
                run.getBean(LocalStoreRunner.class).store().orElseThrow();
        List<StoreOrder> paid = new ArrayList<>();
        await().atMost(Duration.ofSeconds(45)).until(() -> {
            paid.clear();
            store.orders().stream()
                    .filter(order -> order.delivery(WebhookTopic.ORDERS_PAID).status() == DeliveryStatus.ACKED)
                    .forEach(paid::add);
            return paid.size() >= 3
                    && KINDS.stream().allMatch(kind -> deliveredOrderIds(kind).containsAll(ids(paid)));
        });

        for (String kind : KINDS) {
            JsonNode events = simulatorEvents(kind);
            List<String> purchases = new ArrayList<>();
            for (JsonNode event : events.path("events")) {
                assertThat(event.path("duplicate").asBoolean())
                        .as("event %s", event)
                        .isFalse();
                assertThat(event.path("kind").asString()).isEqualTo(kind);
                purchases.add(event.path("orderId").asString());
            }
            assertThat(purchases).as(kind).doesNotHaveDuplicates().containsAll(ids(paid));
            assertThat(events.path("dropped"))
                    .as("events %s took and dropped", kind)
                    .isEmpty();
        }
        JsonNode order =
                adminApi("/api/shops/" + SHOP + "/orders/" + paid.getFirst().id());
        assertThat(order.path("orderId").asString())
                .isEqualTo(Long.toString(paid.getFirst().id()));
        List<String> destinations = new ArrayList<>();
        order.path("deliveries").forEach(delivery -> {
            assertThat(delivery.path("event").asString()).isEqualTo("purchase");
            assertThat(delivery.path("state").asString()).isEqualTo("DELIVERED");
            destinations.add(delivery.path("destination").asString());
        });
        assertThat(destinations)
                .containsExactlyInAnyOrder("demo-webhook", "demo-ga4", "demo-segment", "demo-amplitude");
    }

    @Test
    void deliversOrdersTheStoreSentByEventBridgeToEveryDestinationExactlyOnce() throws Exception {
        SimulatedShopifyStore store =
                run.getBean(LocalStoreRunner.class).store().orElseThrow();
        List<StoreOrder> byEventBridge = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            byEventBridge.clear();
            store.orders().stream()
                    .filter(order -> ackedByEventBridge(order.delivery(WebhookTopic.ORDERS_CREATE))
                            && ackedByEventBridge(order.delivery(WebhookTopic.ORDERS_PAID)))
                    .forEach(byEventBridge::add);
            return byEventBridge.size() >= 2
                    && KINDS.stream().allMatch(kind -> deliveredOrderIds(kind).containsAll(ids(byEventBridge)));
        });

        for (String kind : KINDS) {
            List<String> delivered = deliveredOrderIds(kind);
            for (String orderId : ids(byEventBridge)) {
                assertThat(delivered).as("%s events of order %s", kind, orderId).containsOnlyOnce(orderId);
            }
        }
        OrderLedger ledger = run.getBean(OrderLedger.class);
        for (StoreOrder order : byEventBridge) {
            assertThat(ledger.find(SHOP, Long.toString(order.id())))
                    .hasValueSatisfying(
                            record -> assertThat(record.firstSource()).isEqualTo("eventbridge"));
        }
        assertThat(run.getBean(MeterRegistry.class)
                        .get("relay.eventbridge.events")
                        .tag("outcome", "accepted")
                        .counters())
                .isNotEmpty();
    }

    @Test
    void movesAPoisonMessageFromADeadLetterQueueWhereSupportFindsItByShop() throws Exception {
        Devstack devstack = run.getBean(Devstack.class);
        String dlq = devstack.queueUrl("order-relay-deliveries-segment-dlq");
        devstack.sqs()
                .sendMessage(b -> b.queueUrl(dlq)
                        .messageBody("{\"v\":1,\"shop\":")
                        .messageAttributes(Map.of(
                                "shop",
                                MessageAttributeValue.builder()
                                        .dataType("String")
                                        .stringValue(SHOP)
                                        .build(),
                                "destination",
                                MessageAttributeValue.builder()
                                        .dataType("String")
                                        .stringValue("demo-segment")
                                        .build())));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode deadLetters =
                    adminApi("/api/dead-letters?shop=" + SHOP + "&destination=demo-segment&stage=deliver");
            assertThat(deadLetters.path("deadLetters"))
                    .anySatisfy(letter ->
                            assertThat(letter.path("reason").asString()).contains("dead-letter queue"));
        });
    }

    @Test
    void parksAnEventBridgeEventTheReceiverCannotReadAndReplaysItToTheReceiver() throws Exception {
        Devstack devstack = run.getBean(Devstack.class);
        String shop = "eventbridge-poison.myshopify.com";
        // A realistic event whose metadata lacks the webhook id: the receiver cannot build an envelope from it.
        String event = """
                {"version":"0","id":"7bf73129-1428-4cd3-a780-95db273d1602","detail-type":"shopifyWebhook",
                 "source":"aws.partner/shopify.com/1000001/order-relay-local","account":"123456789012",
                 "time":"2026-11-24T10:00:00Z","region":"us-east-1","resources":[],
                 "detail":{"metadata":{"Content-Type":"application/json","X-Shopify-Topic":"orders/create",
                   "X-Shopify-Shop-Domain":"%s"},"payload":{"id":820982911946154508}}}
                """.formatted(shop);
        devstack.sqs()
                .sendMessage(b ->
                        b.queueUrl(devstack.queueUrl("order-relay-eventbridge")).messageBody(event));

        String listing = "/api/dead-letters?shop=" + shop + "&stage=ingest";
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(adminApi(listing).path("deadLetters"))
                        .singleElement()
                        .satisfies(letter -> assertThat(letter.path("reason").asString())
                                .contains("rejected by the receiver")
                                .contains("X-Shopify-Webhook-Id")));
        String id = adminApi(listing).path("deadLetters").get(0).path("id").asString();

        HttpResponse<String> replay = post("/api/dead-letters/" + id + "/replay");

        assertThat(replay.statusCode()).as(replay.body()).isBetween(200, 299);
        // Back on the EventBridge queue, the receiver reads it again, rejects it again, and support sees it again:
        // the replayed dead letter is resolved, a new one is parked.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(adminApi(listing).path("deadLetters"))
                        .singleElement()
                        .satisfies(letter ->
                                assertThat(letter.path("id").asString()).isNotEqualTo(id)));
    }

    @Test
    void refusesTheAdminApiWithoutCredentials() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/api/shops/" + SHOP))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void bindsTheEmbeddedServersToLoopback() {
        Devstack devstack = run.getBean(Devstack.class);

        assertThat(devstack.sqsEndpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(devstack.dynamoDbEndpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(devstack.s3Endpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(run.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    private static List<String> ids(List<StoreOrder> orders) {
        return orders.stream().map(order -> Long.toString(order.id())).toList();
    }

    private static List<String> deliveredOrderIds(String kind) {
        List<String> ids = new ArrayList<>();
        try {
            simulatorEvents(kind)
                    .path("events")
                    .forEach(event -> ids.add(event.path("orderId").asString()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static JsonNode simulatorEvents(String kind) throws Exception {
        return get("/simulator/destinations/events?shop=demo.myshopify.com&kind=" + kind, null);
    }

    private static JsonNode adminApi(String path) throws Exception {
        String basic = java.util.Base64.getEncoder()
                .encodeToString("ops:ops-password".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return get(path, "Basic " + basic);
    }

    private static HttpResponse<String> post(String path) throws Exception {
        String basic = java.util.Base64.getEncoder()
                .encodeToString("ops:ops-password".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + path))
                                .header("Authorization", "Basic " + basic)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(path + " answered " + response.body())
                .isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static String base() {
        return "http://127.0.0.1:"
                + ((WebServerApplicationContext) run).getWebServer().getPort();
    }

    private static boolean bothTopicsAcked(SimulatedShopifyStore store, long orderId) {
        StoreOrder order = store.order(orderId).orElseThrow();
        return order.delivery(WebhookTopic.ORDERS_CREATE).status() == DeliveryStatus.ACKED
                && order.delivery(WebhookTopic.ORDERS_PAID).status() == DeliveryStatus.ACKED;
    }

    private static boolean ackedByEventBridge(DeliveryView delivery) {
        return delivery.status() == DeliveryStatus.ACKED && delivery.route() == DeliveryRoute.EVENTBRIDGE;
    }

    private static long ackedOrders(SimulatedShopifyStore store) {
        return store.orders().stream()
                .filter(order -> order.delivery(WebhookTopic.ORDERS_PAID).status() == DeliveryStatus.ACKED)
                .count();
    }
}
