package dev.orderrelay.worker.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.destinations.DestinationKind;
import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.aws.DevstackResources;
import dev.orderrelay.devstack.destinations.EventFilter;
import dev.orderrelay.devstack.destinations.Fault;
import dev.orderrelay.devstack.destinations.RecordedEvent;
import dev.orderrelay.devstack.destinations.Region;
import dev.orderrelay.devstack.destinations.SimulatedPeer;
import dev.orderrelay.devstack.destinations.amplitude.FakeAmplitudeDestination;
import dev.orderrelay.devstack.destinations.ga4.FakeGa4Destination;
import dev.orderrelay.devstack.destinations.segment.FakeSegmentDestination;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.claims.DeliveryState;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.worker.TestEnvelopes;
import dev.orderrelay.worker.WorkerApplication;
import dev.orderrelay.worker.isolation.DestinationGuards;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * The failure-model rows about destinations, on the worker as wired by Spring against the devstack and the fake
 * GA4, Segment and Amplitude peers, with the real senders. Outages are shortened: breakers open after two failures
 * and stay open a second.
 */
class DestinationIsolationIntegrationTests {

    private static final FakeGa4Destination GA4 = FakeGa4Destination.start(0);
    private static final FakeSegmentDestination SEGMENT = FakeSegmentDestination.start(0, 0);
    private static final FakeAmplitudeDestination AMPLITUDE = FakeAmplitudeDestination.start(0, 0);
    private static final AtomicLong ORDER_IDS =
            new AtomicLong(5_900_000_000_000_000_000L + System.nanoTime() % 1_000_000_000L);
    private static ConfigurableApplicationContext worker;

    @BeforeAll
    static void startWorker() {
        Map<String, Object> properties = new LinkedHashMap<>(Devstack.shared().springCloudAwsProperties());
        properties.put(
                "relay.ledger.table-prefix", "i" + UUID.randomUUID().toString().substring(0, 8) + "-");
        properties.put("relay.ledger.create-tables", "true");
        properties.put("relay.destinations.ga4.endpoint", GA4.baseUri().toString());
        properties.put("relay.destinations.ga4.eu-endpoint", GA4.baseUri().toString());
        properties.put(
                "relay.destinations.segment.us-endpoint",
                SEGMENT.baseUri(Region.US).toString());
        properties.put(
                "relay.destinations.segment.eu-endpoint",
                SEGMENT.baseUri(Region.EU).toString());
        properties.put(
                "relay.destinations.amplitude.us-endpoint",
                AMPLITUDE.baseUri(Region.US).toString());
        properties.put(
                "relay.destinations.amplitude.eu-endpoint",
                AMPLITUDE.baseUri(Region.EU).toString());
        properties.put("relay.credentials.cache-ttl", "0s");
        properties.put("relay.worker.retry-base", "1s");
        properties.put("relay.worker.retry-max", "2s");
        properties.put("relay.worker.isolation.endpoint.minimum-calls", "2");
        properties.put("relay.worker.isolation.endpoint.window", "2");
        properties.put("relay.worker.isolation.endpoint.open-for", "1s");
        properties.put("relay.worker.isolation.target.minimum-calls", "2");
        properties.put("relay.worker.isolation.target.window", "2");
        properties.put("relay.worker.isolation.target.open-for", "1s");
        properties.put("relay.worker.isolation.target.defer-max", "2s");
        properties.put("spring.cloud.aws.sqs.listener.poll-timeout", "1s");
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("spring.main.banner-mode", "off");
        worker = new SpringApplicationBuilder(WorkerApplication.class)
                .properties(properties)
                .run();
    }

    @AfterEach
    void clearFaults() {
        for (SimulatedPeer peer : List.<SimulatedPeer>of(GA4, SEGMENT, AMPLITUDE)) {
            peer.clearFault();
            peer.clearRejections();
        }
    }

    @AfterAll
    static void stop() {
        worker.close();
        GA4.close();
        SEGMENT.close();
        AMPLITUDE.close();
    }

    @Test
    void aDestinationDownHoldsBackOnlyItsOwnKindThenDeliversEverythingOnceWithNothingParked() {
        List<CircuitBreaker.State> segmentStates = new CopyOnWriteArrayList<>();
        worker.getBean(DestinationGuards.class)
                .endpointBreakers()
                .circuitBreaker("endpoint/segment")
                .getEventPublisher()
                .onStateTransition(e -> segmentStates.add(e.getStateTransition().getToState()));
        String shop = shopWithAllThree();
        String other = shopWithAllThree();
        SEGMENT.setFault(Fault.status(503).forSeconds(8));
        List<String> orders = List.of(order(shop), order(shop), order(shop));
        String otherOrder = order(other);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(orderIds(GA4, shop)).containsExactlyInAnyOrderElementsOf(orders);
            assertThat(orderIds(AMPLITUDE, shop)).containsExactlyInAnyOrderElementsOf(orders);
            assertThat(orderIds(GA4, other)).containsExactly(otherOrder);
        });
        assertThat(SEGMENT.events(EventFilter.ANY.withShop(shop)))
                .as("delivered while Segment was down")
                .isEmpty();

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            assertThat(orderIds(SEGMENT, shop)).containsExactlyInAnyOrderElementsOf(orders);
            assertThat(orderIds(SEGMENT, other)).containsExactly(otherOrder);
        });
        assertThat(segmentStates).as("Segment's endpoint breaker opened").contains(CircuitBreaker.State.OPEN);
        for (SimulatedPeer peer : List.<SimulatedPeer>of(GA4, SEGMENT, AMPLITUDE)) {
            assertThat(peer.events(EventFilter.ANY.withShop(shop))).noneMatch(RecordedEvent::duplicate);
        }
        assertThat(parked(shop)).isEmpty();
        assertThat(parked(other)).isEmpty();
    }

    @Test
    void oneShopsRefusedCredentialsHoldBackOnlyThatShopUntilTheyAreFixed() {
        String refused = shop(List.of(amplitude("amp", "refused-key")));
        String healthy = shop(List.of(amplitude("amp", "healthy-key")));
        AMPLITUDE.register("amp-" + healthy, healthy, secret(healthy, "healthy-key"), Region.US);
        String refusedOrder = order(refused);
        String healthyOrder = order(healthy);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(orderIds(AMPLITUDE, healthy)).containsExactly(healthyOrder));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(delivery(refused, refusedOrder).lastError()).contains("API key"));
        assertThat(orderIds(AMPLITUDE, refused)).isEmpty();
        assertThat(parked(refused)).as("waiting, not parked").isEmpty();

        AMPLITUDE.register("amp-" + refused, refused, secret(refused, "refused-key"), Region.US);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(orderIds(AMPLITUDE, refused)).containsExactly(refusedOrder));
        // The peer records the event before it answers; the worker records the delivery once the answer is in.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(delivery(refused, refusedOrder).state()).isEqualTo(DeliveryState.DELIVERED));
    }

    @Test
    void parksOnlyTheOrdersThePeerRefusesWithItsReasonAndDeliversThemOnceAfterTheFix() {
        String shop = shop(List.of(amplitude("amp", "key")));
        AMPLITUDE.register("amp-" + shop, shop, secret(shop, "key"), Region.US);
        String good = order(shop);
        String bad = nextOrderId();
        AMPLITUDE.rejectOrders(Set.of(bad), "order_id rejected by the test");
        enqueue(shop, bad);
        String alsoGood = order(shop);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(orderIds(AMPLITUDE, shop)).containsExactlyInAnyOrder(good, alsoGood);
            assertThat(parked(shop)).singleElement().satisfies(event -> {
                assertThat(event.orderId()).isEqualTo(bad);
                assertThat(event.stage()).isEqualTo(ParkedStage.DELIVER);
                assertThat(event.reason()).contains("event_properties");
            });
        });
        assertThat(delivery(shop, bad).state()).isEqualTo(DeliveryState.PARKED);

        AMPLITUDE.clearRejections();
        replay(parked(shop).getFirst());

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(orderIds(AMPLITUDE, shop)).containsExactlyInAnyOrder(good, alsoGood, bad));
        assertThat(AMPLITUDE.events(EventFilter.ANY.withShop(shop))).noneMatch(RecordedEvent::duplicate);
    }

    @Test
    void slowsDownWhenThePeerThrottlesAndParksNothing() {
        String shop = shop(List.of(segment("seg", "key")));
        SEGMENT.register("seg-" + shop, shop, secret(shop, "key"), Region.US);
        SEGMENT.setFault(Fault.throttle().forSeconds(2));
        String order = order(shop);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(orderIds(SEGMENT, shop)).containsExactly(order));
        assertThat(delivery(shop, order).attempts()).isGreaterThanOrEqualTo(2);
        assertThat(parked(shop)).isEmpty();
    }

    @Test
    void movesAPoisonMessageFromADeadLetterQueueIntoTheShopsParkedEvents() {
        String shop = "poison-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";
        Devstack devstack = Devstack.shared();
        String dlq =
                devstack.queueUrl(DevstackResources.AMPLITUDE_DELIVERY_QUEUE + DevstackResources.DEAD_LETTER_SUFFIX);
        devstack.sqs()
                .sendMessage(b -> b.queueUrl(dlq)
                        .messageBody("{not a delivery message")
                        .messageAttributes(Map.of(
                                "shop", text(shop),
                                "destination", text("amp"))));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(parked(shop)).singleElement().satisfies(event -> {
                    assertThat(event.stage()).isEqualTo(ParkedStage.DELIVER);
                    assertThat(event.destination()).isEqualTo("amp");
                    assertThat(event.reason()).contains("dead-letter queue");
                    assertThat(event.message()).isEqualTo("{not a delivery message");
                }));
    }

    private String shopWithAllThree() {
        String label = UUID.randomUUID().toString().substring(0, 8);
        String measurementId = "G-" + label.toUpperCase(Locale.ROOT);
        String shop = shop(
                label,
                List.of(
                        new DestinationConfig("ga", "ga4", Map.of("measurementId", measurementId), "ga"),
                        segment("seg", "key"),
                        amplitude("amp", "key")));
        GA4.register("ga-" + shop, shop, measurementId, secret(shop, "ga"));
        SEGMENT.register("seg-" + shop, shop, secret(shop, "key"), Region.US);
        AMPLITUDE.register("amp-" + shop, shop, secret(shop, "key"), Region.US);
        return shop;
    }

    private static String shop(List<DestinationConfig> destinations) {
        return shop(UUID.randomUUID().toString().substring(0, 8), destinations);
    }

    /**
     * A shop whose destinations' credentials references are made its own ({@code key} becomes {@code key-<label>}),
     * each resolving to itself as the secret, so every shop sends a credential of its own.
     */
    private static String shop(String label, List<DestinationConfig> destinations) {
        String shop = "iso-" + label + ".myshopify.com";
        List<DestinationConfig> own = destinations.stream()
                .map(d -> new DestinationConfig(d.name(), d.kind(), d.settings(), secret(shop, d.credentialsRef())))
                .toList();
        for (DestinationConfig destination : own) {
            System.setProperty("relay.credentials." + destination.credentialsRef(), destination.credentialsRef());
        }
        worker.getBean(ShopRegistry.class).save(new ShopConfig(shop, ShopStatus.ACTIVE, Map.of(), own));
        return shop;
    }

    private static DestinationConfig segment(String name, String ref) {
        return new DestinationConfig(name, "segment", Map.of("region", "us"), ref);
    }

    private static DestinationConfig amplitude(String name, String ref) {
        return new DestinationConfig(name, "amplitude", Map.of("region", "us"), ref);
    }

    /** The credential a shop's destination sends: its reference made the shop's own, resolving to itself. */
    private static String secret(String shop, String ref) {
        return ref + "-" + shop.substring("iso-".length(), shop.indexOf('.'));
    }

    private String order(String shop) {
        String id = nextOrderId();
        enqueue(shop, id);
        return id;
    }

    private static String nextOrderId() {
        return Long.toString(ORDER_IDS.incrementAndGet());
    }

    private static void enqueue(String shop, String orderId) {
        Devstack devstack = Devstack.shared();
        String url = devstack.queueUrl(DevstackResources.INGEST_QUEUE);
        String body = TestEnvelopes.paidOrder(orderId, Instant.now().minusSeconds(60));
        devstack.sqs()
                .sendMessage(b -> b.queueUrl(url)
                        .messageBody(
                                EnvelopeJson.write(TestEnvelopes.webhook(shop, "orders/paid", body, "w-" + orderId))));
    }

    /** What support's replay does: reopen the parked delivery, put its message back on its queue. */
    private static void replay(ParkedEvent event) {
        DeliveryMessage message = DeliveryMessageJson.read(event.message());
        worker.getBean(DeliveryClaims.class)
                .reopen(new DeliveryKey(message.shop(), message.orderId(), message.destination(), message.event()));
        Devstack devstack = Devstack.shared();
        String queue = devstack.queueUrl("order-relay-deliveries-"
                + DestinationKind.fromWireName(message.kind()).wireName());
        devstack.sqs().sendMessage(b -> b.queueUrl(queue).messageBody(event.message()));
    }

    private static List<String> orderIds(SimulatedPeer peer, String shop) {
        return peer.events(EventFilter.ANY.withShop(shop)).stream()
                .map(RecordedEvent::orderId)
                .toList();
    }

    private static List<ParkedEvent> parked(String shop) {
        return worker.getBean(ParkedEvents.class).forShop(shop);
    }

    private static DeliveryRecord delivery(String shop, String orderId) {
        return worker.getBean(DeliveryClaims.class).forOrder(shop, orderId).getFirst();
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder()
                .dataType("String")
                .stringValue(value)
                .build();
    }
}
