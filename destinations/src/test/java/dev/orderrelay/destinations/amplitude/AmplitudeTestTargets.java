package dev.orderrelay.destinations.amplitude;

import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventItem;
import dev.orderrelay.core.event.OrderEventJson;
import dev.orderrelay.core.event.OrderEventKind;
import dev.orderrelay.core.event.OrderIdentity;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.DestinationKind;
import dev.orderrelay.destinations.DestinationSecret;
import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.OutboundEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/** The targets, senders and made-up events the Amplitude tests share. */
final class AmplitudeTestTargets {

    /** An API key made for these tests (32 hex digits, like Amplitude's): it must never show in a reason or a log. */
    static final String API_KEY = "9c1f5e27b04d4a8e93b6d0c7a1f2e3d4";

    static final String DESTINATION = "prod-amplitude";

    private AmplitudeTestTargets() {}

    static DestinationTarget target() {
        return target(Map.of());
    }

    static DestinationTarget target(Map<String, String> settings) {
        return new DestinationTarget(DESTINATION, DestinationKind.AMPLITUDE, settings, DestinationSecret.of(API_KEY));
    }

    /** A sender whose both regions post to {@code peer}, waiting at most 2 s for an answer. */
    static AmplitudeDestination destinationAt(ScriptedPeer peer, Clock clock) {
        return new AmplitudeDestination(settingsAt(peer), clock);
    }

    static AmplitudeDestinationSettings settingsAt(ScriptedPeer peer) {
        return AmplitudeDestinationSettings.defaults()
                .withEndpoints(peer.base(), peer.base())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    /**
     * A purchase of order {@code orderId} in {@link DestinationFixtures#SHOP} by customer {@code customerId} (null for
     * a guest) from device {@code deviceId} (null for none), of one 10.00 EUR item.
     */
    static OutboundEvent purchase(String orderId, String customerId, String deviceId) {
        OrderEvent event = new OrderEvent(
                OrderEvent.CURRENT_VERSION,
                OrderEventKind.PURCHASE,
                DestinationFixtures.SHOP,
                orderId,
                "#" + orderId,
                null,
                DestinationFixtures.OCCURRED_AT,
                null,
                "web",
                false,
                "EUR",
                new BigDecimal("10.00"),
                new BigDecimal("12.00"),
                new BigDecimal("2.00"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                null,
                List.of(new OrderEventItem(
                        "line-" + orderId,
                        "7411112222333",
                        "42111122223334",
                        "SKU-TEE-BLK-M",
                        "Black tee",
                        null,
                        null,
                        null,
                        1,
                        new BigDecimal("10.00"),
                        null)),
                new OrderIdentity(customerId, null, null, null, deviceId));
        JsonNode payload = OrderEventJson.toTree(event);
        return OutboundEvent.forOrder(DestinationFixtures.SHOP, orderId, "purchase", event.occurredAt(), payload);
    }

    /** {@code count} guest purchases, orders {@code 100000} on, each from its own device. */
    static List<OutboundEvent> purchases(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> purchase(Integer.toString(100000 + i), null, "device-" + (100000 + i)))
                .toList();
    }
}
