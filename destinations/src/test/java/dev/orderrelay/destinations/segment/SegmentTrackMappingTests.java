package dev.orderrelay.destinations.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.destinations.RecordedRequest;
import dev.orderrelay.destinations.RecordingPeer;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The Track call each realistic order event becomes, byte for byte as sent: the expected calls under
 * {@code fixtures/segment/} were written by hand from Segment's e-commerce spec v2, with the message ids and the
 * derived anonymous id worked out outside this code.
 */
class SegmentTrackMappingTests {

    private RecordingPeer peer;
    private SegmentDestination destination;

    @BeforeEach
    void start() {
        peer = RecordingPeer.start();
        destination = new SegmentDestination(SegmentTargets.settingsAt(peer), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        destination.close();
        peer.close();
    }

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of(DestinationFixtures.purchaseEur(), "order-completed-eur.json"),
                Arguments.of(DestinationFixtures.purchaseJpy(), "order-completed-jpy.json"),
                Arguments.of(DestinationFixtures.refundPartialEur(), "order-refunded-partial-eur.json"),
                Arguments.of(DestinationFixtures.refundFullJpy(), "order-refunded-full-jpy.json"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("events")
    void sendsEachOrderEventAsTheECommerceSpecsTrackCall(OutboundEvent event, String expected) {
        assertThat(destination.send(event, SegmentTargets.target(Map.of()))).isInstanceOf(Delivered.class);

        assertThat(onlyCallSent()).isEqualTo(compact(DestinationFixtures.resource("segment/" + expected)));
    }

    @Test
    void writesMoneyAsExactDecimalNumbersAndIdsAsStrings() {
        destination.send(DestinationFixtures.purchaseEur(), SegmentTargets.target(Map.of()));

        assertThat(onlyCallSent())
                .contains("\"total\":63.70,")
                .contains("\"shipping\":4.90,")
                .contains("\"price\":22.50,")
                .contains("\"order_id\":\"5820982911946154508\"")
                .contains("\"product_id\":\"7411112222333\"");
    }

    @Test
    void joinsAGuestsRefundToItsPurchaseThroughTheDerivedAnonymousId() {
        destination.sendAll(
                List.of(DestinationFixtures.purchaseEur(), DestinationFixtures.refundPartialEur()),
                SegmentTargets.target(Map.of()));

        JsonNode batch = SegmentTargets.batchOf(peer.requests().getFirst());
        assertThat(batch.get(0).get("anonymousId").stringValue())
                .isEqualTo(batch.get(1).get("anonymousId").stringValue())
                .isEqualTo(
                        SegmentTrackMapper.fallbackAnonymousId(DestinationFixtures.SHOP, DestinationFixtures.ORDER_ID));
        assertThat(batch.get(0).has("userId")).isFalse();
    }

    @Test
    void carriesTheStorefrontsAnonymousIdTheCampaignAndTheProductsCategoryOfAnEnrichedOrder() {
        destination.send(DestinationFixtures.purchaseAttributed(), SegmentTargets.target(Map.of()));

        JsonNode call = SegmentTargets.batchOf(peer.requests().getFirst()).get(0);
        assertThat(call.get("userId").stringValue()).isEqualTo("6940095012345");
        assertThat(call.get("anonymousId").stringValue()).isEqualTo("507f191e-810c-4972-9de8-000000000001");
        assertThat(call.get("context").get("campaign"))
                .isEqualTo(DestinationFixtures.parse(
                        "{\"name\":\"autumn_sale\",\"source\":\"google\",\"medium\":\"cpc\",\"term\":\"wool socks\","
                                + "\"content\":\"ad_b\"}"));
        assertThat(call.get("context").get("library").get("name").stringValue()).isEqualTo("order-relay");
        assertThat(call.get("properties").get("products").get(0).get("category").stringValue())
                .isEqualTo("Socks");
    }

    @Test
    void sendsNoCampaignForAnOrderWithoutUtmParameters() {
        destination.send(DestinationFixtures.purchaseEur(), SegmentTargets.target(Map.of()));

        JsonNode call = SegmentTargets.batchOf(peer.requests().getFirst()).get(0);
        assertThat(call.get("context").has("campaign")).isFalse();
    }

    @Test
    void derivesDifferentAnonymousIdsForDifferentOrdersAndShops() {
        assertThat(SegmentTrackMapper.fallbackAnonymousId("a.myshopify.com", "1"))
                .isNotEqualTo(SegmentTrackMapper.fallbackAnonymousId("a.myshopify.com", "2"))
                .isNotEqualTo(SegmentTrackMapper.fallbackAnonymousId("b.myshopify.com", "1"))
                .isEqualTo(SegmentTrackMapper.fallbackAnonymousId("a.myshopify.com", "1"));
    }

    @Test
    void namesTheStoreAsTheTargetsAffiliationSettingSays() {
        destination.send(DestinationFixtures.purchaseEur(), SegmentTargets.target(Map.of("affiliation", "Northwind")));

        JsonNode call = SegmentTargets.batchOf(peer.requests().getFirst()).get(0);
        assertThat(call.get("properties").get("affiliation").stringValue()).isEqualTo("Northwind");
    }

    @ParameterizedTest(name = "{0} at the scale of {1} -> {2}")
    @CsvSource({
        "3200.00, 3200, 3200",
        "22.50, 25.00, 22.50",
        "4.41, 4.90, 4.41",
        "966.67, 1000, 966.67",
        "1E+3, 1, 1000"
    })
    void keepsAUnitPriceAtItsCurrencysScaleWithoutLosingAnyDigit(String amount, String reference, String written) {
        BigDecimal scaled = SegmentTrackMapper.atScaleOf(new BigDecimal(amount), new BigDecimal(reference));

        assertThat(scaled.toPlainString()).isEqualTo(written);
        assertThat(scaled).isEqualByComparingTo(new BigDecimal(amount));
    }

    /** The one call of the one request the peer received, as sent. */
    private String onlyCallSent() {
        assertThat(peer.requests()).hasSize(1);
        RecordedRequest request = peer.requests().getFirst();
        String body = request.bodyText();
        assertThat(body).startsWith("{\"batch\":[").endsWith("]}");
        assertThat(SegmentTargets.batchOf(body).size()).isEqualTo(1);
        return body.substring("{\"batch\":[".length(), body.length() - "]}".length());
    }

    /** {@code json} without the blanks between its tokens, leaving strings as they are. */
    private static String compact(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
