package dev.orderrelay.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.aws.DevstackResources;
import dev.orderrelay.devstack.destinations.EventFilter;
import dev.orderrelay.devstack.destinations.FakeWebhookDestination;
import dev.orderrelay.devstack.destinations.RecordedEvent;
import dev.orderrelay.devstack.destinations.WebhookSecret;
import dev.orderrelay.ledger.activity.ActivityLog;
import dev.orderrelay.ledger.activity.ActivityMetric;
import dev.orderrelay.ledger.activity.ActivityPoint;
import dev.orderrelay.ledger.breakers.BreakerBoard;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryState;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.worker.activity.BreakerReporter;
import dev.orderrelay.worker.isolation.DestinationGuards;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The worker as its own application, wired by Spring, against the devstack: an envelope put on the ingest queue
 * reaches the merchant's endpoint through both SQS listeners, once, and the ledger says delivered.
 */
class WorkerApplicationIntegrationTests {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final FakeWebhookDestination MERCHANT = FakeWebhookDestination.start(0);
    private static final String WORKER_ID =
            "worker-" + UUID.randomUUID().toString().substring(0, 8);
    private static ConfigurableApplicationContext worker;

    private final String shop = "t-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";

    @BeforeAll
    static void startWorker() {
        Map<String, Object> properties = new LinkedHashMap<>(Devstack.shared().springCloudAwsProperties());
        properties.put(
                "relay.ledger.table-prefix", "a" + UUID.randomUUID().toString().substring(0, 8) + "-");
        properties.put("relay.ledger.create-tables", "true");
        properties.put("relay.destinations.webhook.allowed-targets", "127.0.0.1");
        properties.put("relay.credentials.merchant-secret", SECRET);
        properties.put("spring.cloud.aws.sqs.listener.poll-timeout", "1s");
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("spring.main.banner-mode", "off");
        properties.put("relay.worker.activity.flush-interval", "1s");
        properties.put("relay.worker.activity.instance-id", WORKER_ID);
        worker = new SpringApplicationBuilder(WorkerApplication.class)
                .properties(properties)
                .run();
    }

    @AfterAll
    static void stop() {
        worker.close();
        MERCHANT.close();
    }

    @Test
    void carriesAnOrderFromTheIngestQueueToTheMerchantOnce() throws IOException {
        String hook = "hook-" + UUID.randomUUID().toString().substring(0, 8);
        worker.getBean(ShopRegistry.class)
                .save(new ShopConfig(
                        shop,
                        ShopStatus.ACTIVE,
                        Map.of(),
                        List.of(new DestinationConfig(
                                hook,
                                "webhook",
                                Map.of(
                                        "url",
                                        MERCHANT.register(hook, WebhookSecret.of(SECRET))
                                                .toString()),
                                "merchant-secret"))));

        enqueue(envelope("orders/paid", "w-1"));
        enqueue(envelope("orders/paid", "w-1"));
        enqueue(envelope("orders/updated", "w-2"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> worker.getBean(DeliveryClaims.class).forOrder(shop, "820982911946154508").stream()
                        .anyMatch(d -> d.state() == DeliveryState.DELIVERED));
        List<RecordedEvent> events = MERCHANT.events(EventFilter.ANY.withShop(shop));
        assertThat(events).filteredOn(e -> !e.duplicate()).hasSize(1);
        assertThat(events.getFirst().orderId()).isEqualTo("820982911946154508");
    }

    @Test
    void showsProcessedOrdersDeliveriesAndQueueAgeInTheLiveActivityWithinAFlush() {
        String hook = "hook-" + UUID.randomUUID().toString().substring(0, 8);
        worker.getBean(ShopRegistry.class)
                .save(new ShopConfig(
                        shop,
                        ShopStatus.ACTIVE,
                        Map.of(),
                        List.of(new DestinationConfig(
                                hook,
                                "webhook",
                                Map.of(
                                        "url",
                                        MERCHANT.register(hook, WebhookSecret.of(SECRET))
                                                .toString()),
                                "merchant-secret"))));
        Instant start = Instant.now();

        enqueue(envelope("orders/paid", "w-6"));

        ActivityLog activity = worker.getBean(ActivityLog.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ActivityPoint> points = activity.between(start, Instant.now());
            assertThat(points).anySatisfy(p -> {
                assertThat(p.metric()).isEqualTo(ActivityMetric.PROCESSED);
                assertThat(p.subject()).isEqualTo(shop);
                assertThat(p.value()).isEqualTo(1);
            });
            assertThat(points)
                    .anySatisfy(p -> assertThat(p.metric()).isEqualTo(ActivityMetric.RECEIVED))
                    .filteredOn(p ->
                            p.metric() == ActivityMetric.RECEIVED && p.subject().equals(shop))
                    .extracting(ActivityPoint::value)
                    .containsExactly(1L);
            assertThat(points)
                    .filteredOn(p -> p.metric() == ActivityMetric.DELIVERED)
                    .extracting(ActivityPoint::subject)
                    .contains("webhook");
            assertThat(points)
                    .filteredOn(p -> p.metric() == ActivityMetric.QUEUE_AGE)
                    .extracting(ActivityPoint::subject)
                    .contains(DevstackResources.INGEST_QUEUE, DevstackResources.WEBHOOK_DELIVERY_QUEUE);
        });
    }

    @Test
    void publishesABreakerThatOpensAndDropsItWhenItCloses() {
        CircuitBreaker breaker =
                worker.getBean(DestinationGuards.class).endpointBreakers().circuitBreaker("endpoint/amplitude");
        BreakerBoard board = worker.getBean(BreakerBoard.class);
        try {
            breaker.transitionToForcedOpenState();

            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(board.fleet().notClosed())
                            .filteredOn(state -> state.worker().equals(WORKER_ID))
                            .singleElement()
                            .satisfies(state -> {
                                assertThat(state.name()).isEqualTo("endpoint/amplitude");
                                assertThat(state.state()).isEqualTo("FORCED_OPEN");
                            }));
        } finally {
            breaker.transitionToClosedState();
        }
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(board.fleet().notClosed())
                        .noneMatch(state -> state.worker().equals(WORKER_ID)));
        worker.getBean(BreakerReporter.class).refresh();
        assertThat(board.fleet().closed())
                .as("every endpoint breaker, at least")
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void parksAnEnvelopeForAnUnknownShop() throws IOException {
        enqueue(envelope("orders/paid", "w-3"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !worker.getBean(ParkedEvents.class).forShop(shop).isEmpty());
        assertThat(worker.getBean(ParkedEvents.class).forShop(shop).getFirst().reason())
                .contains("unknown shop");
    }

    @Test
    void countsItsAwsCallsByServiceOperationAndOutcomeOnItsPrometheusEndpoint() throws Exception {
        double parkedBefore = awsCalls("DynamoDb", "PutItem");
        double receivedBefore = awsCalls("Sqs", "ReceiveMessage");

        enqueue(envelope("orders/paid", "w-6"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !worker.getBean(ParkedEvents.class).forShop(shop).isEmpty());
        assertThat(awsCalls("DynamoDb", "PutItem")).isGreaterThan(parkedBefore);
        assertThat(awsCalls("Sqs", "ReceiveMessage")).isGreaterThan(receivedBefore);
        String port = worker.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> scrape;
        try (HttpClient http = HttpClient.newHttpClient()) {
            scrape = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        assertThat(scrape.body())
                .contains(
                        "relay_worker_aws_calls_total{operation=\"PutItem\",outcome=\"success\",service=\"DynamoDb\"}");
    }

    private double awsCalls(String service, String operation) {
        Counter counter = worker.getBean(MeterRegistry.class)
                .find("relay.worker.aws.calls")
                .tags("service", service, "operation", operation, "outcome", "success")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void takesAPrivacyRequestFromTheIngestQueueWhateverTheShopsStatus() {
        ShopRegistry shops = worker.getBean(ShopRegistry.class);
        shops.save(new ShopConfig(shop, ShopStatus.ACTIVE, Map.of(), List.of()));

        enqueue(TestEnvelopes.webhook(
                shop, "app/uninstalled", "{\"id\":548380009,\"myshopify_domain\":\"" + shop + "\"}", "w-4"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> shops.find(shop).orElseThrow().status() == ShopStatus.UNINSTALLED);
        enqueue(TestEnvelopes.webhook(
                shop, "shop/redact", "{\"shop_id\":954889,\"shop_domain\":\"" + shop + "\"}", "w-5"));

        await().atMost(Duration.ofSeconds(30)).until(() -> shops.find(shop).isEmpty());
    }

    private void enqueue(Envelope envelope) {
        Devstack devstack = Devstack.shared();
        String url = devstack.queueUrl(DevstackResources.INGEST_QUEUE);
        devstack.sqs().sendMessage(b -> b.queueUrl(url).messageBody(EnvelopeJson.write(envelope)));
    }

    private Envelope envelope(String topic, String webhookId) {
        return TestEnvelopes.webhook(shop, topic, TestEnvelopes.paidOrder(), webhookId);
    }
}
