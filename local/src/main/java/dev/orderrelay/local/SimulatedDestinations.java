package dev.orderrelay.local;

import dev.orderrelay.devstack.destinations.FakeWebhookDestination;
import dev.orderrelay.devstack.destinations.Region;
import dev.orderrelay.devstack.destinations.SimulatedPeer;
import dev.orderrelay.devstack.destinations.WebhookSecret;
import dev.orderrelay.devstack.destinations.amplitude.FakeAmplitudeDestination;
import dev.orderrelay.devstack.destinations.ga4.FakeGa4Destination;
import dev.orderrelay.devstack.destinations.segment.FakeSegmentDestination;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The fake peers of the local run (a merchant's signed-webhook endpoint, GA4, Segment with a US and an EU host,
 * Amplitude likewise) and the demo shop configured to deliver to all four. Each peer knows the demo shop by the
 * credential the worker sends ({@code relay.credentials.demo-*}), so a local run proves signing and authentication
 * end to end, and each validates events the way the real service does.
 */
@Component
public class SimulatedDestinations implements DisposableBean {

    static final String DEMO_WEBHOOK = "demo-webhook";

    /** The reference of the demo shop's Admin API token, which the simulated store checks. */
    static final String DEMO_ADMIN_API = "demo-shopify-admin";

    static final String DEMO_GA4 = "demo-ga4";
    static final String DEMO_SEGMENT = "demo-segment";
    static final String DEMO_AMPLITUDE = "demo-amplitude";
    /** The demo GA4 data stream's Measurement ID. */
    static final String DEMO_MEASUREMENT_ID = "G-DEMO0001";

    private static final Logger log = LoggerFactory.getLogger(SimulatedDestinations.class);

    private final Map<String, SimulatedPeer> peers = new LinkedHashMap<>();

    public SimulatedDestinations(LocalRunProperties properties, ShopRegistry shops, Environment environment) {
        LocalRunProperties.Destinations ports = properties.destinations();
        String shop = properties.store().shop();
        FakeWebhookDestination webhook = FakeWebhookDestination.start(ports.webhookPort());
        add(webhook);
        FakeGa4Destination ga4 = FakeGa4Destination.start(ports.ga4Port());
        add(ga4);
        FakeSegmentDestination segment = FakeSegmentDestination.start(ports.segmentUsPort(), ports.segmentEuPort());
        add(segment);
        FakeAmplitudeDestination amplitude =
                FakeAmplitudeDestination.start(ports.amplitudeUsPort(), ports.amplitudeEuPort());
        add(amplitude);

        URI webhookUrl = webhook.register(DEMO_WEBHOOK, WebhookSecret.of(secret(environment, DEMO_WEBHOOK)));
        ga4.register(DEMO_GA4, shop, DEMO_MEASUREMENT_ID, secret(environment, DEMO_GA4));
        segment.register(DEMO_SEGMENT, shop, secret(environment, DEMO_SEGMENT), Region.US);
        // The demo's Amplitude project lives in the EU data centre, so the local run exercises both regions.
        amplitude.register(DEMO_AMPLITUDE, shop, secret(environment, DEMO_AMPLITUDE), Region.EU);
        if (shops.find(shop).isEmpty()) {
            shops.save(new ShopConfig(
                    shop,
                    ShopStatus.ACTIVE,
                    Map.of("purchaseOn", "paid"),
                    List.of(
                            new DestinationConfig(
                                    DEMO_WEBHOOK, "webhook", Map.of("url", webhookUrl.toString()), DEMO_WEBHOOK),
                            new DestinationConfig(
                                    DEMO_GA4,
                                    "ga4",
                                    Map.of("measurementId", DEMO_MEASUREMENT_ID, "validate", "true"),
                                    DEMO_GA4),
                            new DestinationConfig(DEMO_SEGMENT, "segment", Map.of("region", "us"), DEMO_SEGMENT),
                            new DestinationConfig(DEMO_AMPLITUDE, "amplitude", Map.of("region", "eu"), DEMO_AMPLITUDE)),
                    DEMO_ADMIN_API));
        }
        log.info(
                "simulated destinations for shop {}: webhook {}, ga4 {}, segment {}, amplitude {}",
                shop,
                webhookUrl,
                ga4.baseUri(),
                segment.baseUri(),
                amplitude.baseUri(Region.EU));
    }

    /** The peer of {@code kind}, e.g. {@code ga4}. */
    public Optional<SimulatedPeer> peer(String kind) {
        return Optional.ofNullable(peers.get(kind));
    }

    /** Every peer, by kind. */
    public Map<String, SimulatedPeer> peers() {
        return Map.copyOf(peers);
    }

    FakeWebhookDestination webhook() {
        return (FakeWebhookDestination) peers.get(FakeWebhookDestination.KIND);
    }

    private void add(SimulatedPeer peer) {
        peers.put(peer.kind(), peer);
    }

    private static String secret(Environment environment, String credentialsRef) {
        return environment.getRequiredProperty("relay.credentials." + credentialsRef);
    }

    @Override
    public void destroy() {
        for (SimulatedPeer peer : peers.values()) {
            try {
                peer.close();
            } catch (Exception e) {
                log.warn("simulated destination {} did not close cleanly: {}", peer.kind(), e.toString());
            }
        }
    }
}
