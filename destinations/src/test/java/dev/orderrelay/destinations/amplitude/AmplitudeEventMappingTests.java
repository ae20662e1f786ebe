package dev.orderrelay.destinations.amplitude;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.destinations.RecordedRequest;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Amplitude receives for realistic orders, field by field, as the wire carries it: the expected events are in
 * {@code fixtures/amplitude/}, compared with exact decimals (22.50 is not 22.5) and exact types (ids are strings).
 */
class AmplitudeEventMappingTests {

    /** Reads numbers as exact decimals, so a tree comparison sees scale and digits. */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ScriptedPeer peer;
    private AmplitudeDestination destination;

    @BeforeEach
    void start() {
        peer = ScriptedPeer.start();
        destination = AmplitudeTestTargets.destinationAt(peer, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        destination.close();
        peer.close();
    }

    static Stream<Arguments> orders() {
        return Stream.of(
                Arguments.of("purchase-eur.json", (Supplier<OutboundEvent>) DestinationFixtures::purchaseEur),
                Arguments.of("purchase-jpy.json", (Supplier<OutboundEvent>) DestinationFixtures::purchaseJpy),
                Arguments.of(
                        "refund-partial-eur.json", (Supplier<OutboundEvent>) DestinationFixtures::refundPartialEur),
                Arguments.of("refund-full-jpy.json", (Supplier<OutboundEvent>) DestinationFixtures::refundFullJpy));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orders")
    void sendsTheOrderAsTheAmplitudeEventOfItsFixture(String fixture, Supplier<OutboundEvent> order) {
        DeliveryOutcome outcome = destination.send(order.get(), AmplitudeTestTargets.target());

        assertThat(outcome).isInstanceOf(Delivered.class);
        JsonNode sent = onlyEvent(peer.requests().getFirst());
        JsonNode expected = EXACT.readTree(DestinationFixtures.resource("amplitude/" + fixture));
        assertThat(sent).isEqualTo(expected);
    }

    @Test
    void sendsAnEnrichedPurchaseUnderTheStorefrontsDeviceWithItsAttributionAndFirstOrderFlag() {
        destination.send(DestinationFixtures.purchaseAttributed(), AmplitudeTestTargets.target());

        JsonNode sent = onlyEvent(peer.requests().getFirst());
        JsonNode properties = sent.get("event_properties");
        assertThat(sent.get("user_id").stringValue()).isEqualTo("6940095012345");
        assertThat(sent.get("device_id").stringValue()).isEqualTo("b7d3c1a0-4e2f-4b8a-9c3d-2f1e0d9c8b7a");
        assertThat(properties.get("first_order").booleanValue()).isTrue();
        assertThat(properties.get("utm_source").stringValue()).isEqualTo("google");
        assertThat(properties.get("utm_medium").stringValue()).isEqualTo("cpc");
        assertThat(properties.get("utm_campaign").stringValue()).isEqualTo("autumn_sale");
        assertThat(properties.get("utm_term").stringValue()).isEqualTo("wool socks");
        assertThat(properties.get("utm_content").stringValue()).isEqualTo("ad_b");
        assertThat(properties.get("gclid").stringValue())
                .isEqualTo("Cj0KCQjw8O-VBhCpARIsACMvVLMGGk2n1R2Sk0f5wLr2ZyC6m");
        assertThat(properties.get("fbclid").stringValue()).isEqualTo("IwAR2F4-dbP0l7Mn1IawQQ");
        assertThat(properties.get("msclkid").stringValue()).isEqualTo("4f8b2b8e0c1d1e2b9a0e0f1d2c3b4a59");
        assertThat(properties.get("referring_domain").stringValue()).isEqualTo("www.google.com");
        assertThat(properties.get("landing_path").stringValue()).isEqualTo("/products/orsted-wool-socks");
        assertThat(properties.get("items").get(0).get("category").stringValue()).isEqualTo("Socks");
        assertThat(sent.has("user_properties")).isFalse();
    }

    @Test
    void sendsNoAttributionOrFirstOrderPropertiesForAnOrderWithoutThem() {
        destination.send(DestinationFixtures.purchaseEur(), AmplitudeTestTargets.target());

        JsonNode properties = onlyEvent(peer.requests().getFirst()).get("event_properties");
        assertThat(properties.has("first_order")).isFalse();
        assertThat(properties.has("utm_source")).isFalse();
        assertThat(properties.has("referring_domain")).isFalse();
    }

    @Test
    void writesMoneyAsPlainJsonNumbersAtTheCurrencysMinorUnits() {
        destination.sendAll(
                List.of(DestinationFixtures.purchaseEur(), DestinationFixtures.purchaseJpy()),
                AmplitudeTestTargets.target());

        String body = peer.requests().getFirst().bodyText();
        assertThat(body)
                .contains("\"revenue\":49.41", "\"total\":63.70", "\"shipping\":4.90", "\"price\":22.50")
                .contains("\"revenue\":9600,", "\"price\":3200,", "\"discount\":0,")
                .doesNotContain("9600.0", "\"order_id\":5820982911946154508")
                .doesNotContainPattern(":-?[0-9]+(\\.[0-9]+)?[eE]");
    }

    @Test
    void carriesTheOrderIdsAsStringsWithAllTheirDigits() {
        destination.send(DestinationFixtures.refundPartialEur(), AmplitudeTestTargets.target());

        JsonNode properties = onlyEvent(peer.requests().getFirst()).get("event_properties");
        assertThat(properties.get("order_id").isString()).isTrue();
        assertThat(properties.get("order_id").stringValue()).isEqualTo(DestinationFixtures.ORDER_ID);
        assertThat(properties.get("refund_id").stringValue()).isEqualTo("998877665544332211");
    }

    @Test
    void sendsAGuestsPurchaseAndItsRefundFromOneDerivedDevice() {
        destination.sendAll(
                List.of(DestinationFixtures.purchaseEur(), DestinationFixtures.refundPartialEur()),
                AmplitudeTestTargets.target());

        JsonNode events = EXACT.readTree(peer.requests().getFirst().bodyText()).get("events");
        String device = events.get(0).get("device_id").stringValue();
        assertThat(device)
                .hasSizeGreaterThanOrEqualTo(AmplitudeIds.DEFAULT_MIN_LENGTH)
                .startsWith("order-");
        assertThat(events.get(1).get("device_id").stringValue()).isEqualTo(device);
        assertThat(events.get(0).has("user_id")).isFalse();
        assertThat(AmplitudeIds.derivedDeviceId("other.myshopify.com", DestinationFixtures.ORDER_ID))
                .isNotEqualTo(device);
    }

    @Test
    void keepsTheSameInsertIdForAPurchaseOnEveryMappingAndAnotherForItsRefund() {
        destination.send(DestinationFixtures.purchaseEur(), AmplitudeTestTargets.target());
        destination.send(DestinationFixtures.purchaseEur(), AmplitudeTestTargets.target());
        destination.send(DestinationFixtures.refundPartialEur(), AmplitudeTestTargets.target());

        assertThat(peer.requests())
                .extracting(request -> onlyEvent(request).get("insert_id").stringValue())
                .containsExactly(
                        DestinationFixtures.purchaseEur().idempotencyKey(),
                        DestinationFixtures.purchaseEur().idempotencyKey(),
                        DestinationFixtures.refundPartialEur().idempotencyKey());
        assertThat(DestinationFixtures.refundPartialEur().idempotencyKey())
                .isNotEqualTo(DestinationFixtures.purchaseEur().idempotencyKey());
    }

    private static JsonNode onlyEvent(RecordedRequest request) {
        JsonNode events = EXACT.readTree(request.bodyText()).get("events");
        assertThat(events.size()).isEqualTo(1);
        return events.get(0);
    }
}
