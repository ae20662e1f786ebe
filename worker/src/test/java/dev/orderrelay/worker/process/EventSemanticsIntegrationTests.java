package dev.orderrelay.worker.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.destinations.EventFilter;
import dev.orderrelay.devstack.destinations.FakeWebhookDestination;
import dev.orderrelay.devstack.destinations.RecordedEvent;
import dev.orderrelay.devstack.destinations.Region;
import dev.orderrelay.devstack.destinations.SimulatedPeer;
import dev.orderrelay.devstack.destinations.WebhookSecret;
import dev.orderrelay.devstack.destinations.amplitude.FakeAmplitudeDestination;
import dev.orderrelay.devstack.destinations.ga4.FakeGa4Destination;
import dev.orderrelay.devstack.destinations.segment.FakeSegmentDestination;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.claims.DeliveryState;
import dev.orderrelay.ledger.held.HeldEvents;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.worker.WorkerApplication;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The acceptance of docs/events.md: every line of its table ({@link EventTable}) run through the worker as Spring
 * wires it, against the devstack, with the real process and deliver stages and senders, into the fake signed-webhook,
 * GA4, Segment and Amplitude peers. Each row gets a shop of its own with one destination of each kind; its steps go
 * through the process stage in order (as their arrival order is the point), and each destination must accept exactly
 * the row's events, once, with every delivery in the ledger delivered, nothing parked and nothing left held.
 */
class EventSemanticsIntegrationTests {

    private static final String WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final FakeWebhookDestination MERCHANT = FakeWebhookDestination.start(0);
    private static final FakeGa4Destination GA4 = FakeGa4Destination.start(0);
    private static final FakeSegmentDestination SEGMENT = FakeSegmentDestination.start(0, 0);
    private static final FakeAmplitudeDestination AMPLITUDE = FakeAmplitudeDestination.start(0, 0);
    private static final List<SimulatedPeer> PEERS = List.of(MERCHANT, GA4, SEGMENT, AMPLITUDE);
    private static ConfigurableApplicationContext worker;

    @BeforeAll
    static void startWorker() {
        Map<String, Object> properties = new LinkedHashMap<>(Devstack.shared().springCloudAwsProperties());
        properties.put(
                "relay.ledger.table-prefix", "e" + UUID.randomUUID().toString().substring(0, 8) + "-");
        properties.put("relay.ledger.create-tables", "true");
        properties.put("relay.destinations.webhook.allowed-targets", "127.0.0.1");
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
        properties.put("relay.credentials.merchant-secret", WEBHOOK_SECRET);
        properties.put("relay.credentials.cache-ttl", "0s");
        properties.put("spring.cloud.aws.sqs.listener.poll-timeout", "1s");
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("spring.main.banner-mode", "off");
        worker = new SpringApplicationBuilder(WorkerApplication.class)
                .properties(properties)
                .run();
    }

    @AfterAll
    static void stop() {
        worker.close();
        PEERS.forEach(SimulatedPeer::close);
    }

    static List<EventTableRow> rows() {
        return EventTable.rows();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachDestinationReceivesExactlyTheEventsOfTheRowOnce(EventTableRow row) {
        String shop = shop(row.policy());
        ShopifyPayloads payloads = new ShopifyPayloads(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        ProcessStage stage = worker.getBean(ProcessStage.class);

        for (int i = 0; i < row.steps().size(); i++) {
            Envelope envelope = row.steps().get(i).envelope(shop, payloads, i);
            stage.process(envelope, EnvelopeJson.write(envelope));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(deliveries(shop))
                    .as("deliveries in the ledger")
                    .allSatisfy(delivery -> assertThat(delivery.state()).isEqualTo(DeliveryState.DELIVERED));
            for (SimulatedPeer peer : PEERS) {
                assertThat(labels(peer, shop))
                        .as("what %s accepted", peer.getClass().getSimpleName())
                        .containsExactlyInAnyOrderElementsOf(row.expected());
            }
        });
        assertThat(deliveries(shop)).hasSize(row.expected().size() * PEERS.size());
        for (SimulatedPeer peer : PEERS) {
            assertThat(peer.events(EventFilter.ANY.withShop(shop))).noneMatch(RecordedEvent::duplicate);
        }
        assertThat(worker.getBean(ParkedEvents.class).forShop(shop)).isEmpty();
        assertThat(worker.getBean(HeldEvents.class).forShop(shop)).isEmpty();
    }

    /** A shop with the row's policy and one destination of each kind, each with credentials of its own. */
    private static String shop(Map<String, String> policy) {
        String label = UUID.randomUUID().toString().substring(0, 8);
        String shop = "ev-" + label + ".myshopify.com";
        String measurementId = "G-" + label.toUpperCase(Locale.ROOT);
        for (String ref : List.of("ga-" + label, "seg-" + label, "amp-" + label)) {
            System.setProperty("relay.credentials." + ref, ref);
        }
        String hook = "hook-" + label;
        String url = MERCHANT.register(hook, WebhookSecret.of(WEBHOOK_SECRET)).toString();
        GA4.register("ga-" + shop, shop, measurementId, "ga-" + label);
        SEGMENT.register("seg-" + shop, shop, "seg-" + label, Region.US);
        AMPLITUDE.register("amp-" + shop, shop, "amp-" + label, Region.US);
        worker.getBean(ShopRegistry.class)
                .save(new ShopConfig(
                        shop,
                        ShopStatus.ACTIVE,
                        policy,
                        List.of(
                                new DestinationConfig(hook, "webhook", Map.of("url", url), "merchant-secret"),
                                new DestinationConfig(
                                        "ga", "ga4", Map.of("measurementId", measurementId), "ga-" + label),
                                new DestinationConfig("seg", "segment", Map.of("region", "us"), "seg-" + label),
                                new DestinationConfig("amp", "amplitude", Map.of("region", "us"), "amp-" + label))));
        return shop;
    }

    private static List<DeliveryRecord> deliveries(String shop) {
        DeliveryClaims claims = worker.getBean(DeliveryClaims.class);
        List<DeliveryRecord> all = new ArrayList<>(claims.forOrder(shop, ShopifyPayloads.ORDER_1042));
        all.addAll(claims.forOrder(shop, ShopifyPayloads.ORDER_2077));
        return all;
    }

    private static List<String> labels(SimulatedPeer peer, String shop) {
        return peer.events(EventFilter.ANY.withShop(shop)).stream()
                .map(DestinationLabels::label)
                .toList();
    }
}
