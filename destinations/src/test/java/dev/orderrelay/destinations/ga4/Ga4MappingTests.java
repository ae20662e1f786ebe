package dev.orderrelay.destinations.ga4;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.destinations.RecordedRequest;
import dev.orderrelay.destinations.RecordingPeer;
import dev.orderrelay.destinations.SettableClock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What GA4 gets for realistic orders: every field of the Measurement Protocol {@code purchase} and {@code refund}
 * events, compared with the expected request bodies in {@code fixtures/ga4/}. Numbers are compared as exact decimals
 * ({@code 22.5} is not {@code 22.50} here), so a sender that goes through a double or loses digits fails.
 */
class Ga4MappingTests {

    /** Read with exact decimals, so equality compares numbers digit by digit. */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** After every fixture event, and within GA4's 72 h of the oldest (2026-11-24T10:15:30Z). */
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-26T12:00:00Z"));

    private RecordingPeer peer;
    private Ga4Destination destination;

    @BeforeEach
    void start() {
        peer = RecordingPeer.start();
        peer.answerStatus(204);
        destination = Ga4TestTargets.destinationAt(peer, clock);
    }

    @AfterEach
    void stop() {
        destination.close();
        peer.close();
    }

    @Test
    void mapsAGuestsEurPurchaseWithCouponCustomLineAndTheSitesClientAndSession() {
        RecordedRequest request = sent(DestinationFixtures.purchaseEur());

        assertThat(body(request)).isEqualTo(expected("purchase-eur.json"));
        // Ids stay strings (the order id exceeds 2^53), amounts are exact JSON numbers.
        assertThat(request.bodyText())
                .contains("\"transaction_id\":\"5820982911946154508\"")
                .contains("\"value\":49.41")
                .contains("\"price\":22.5")
                .doesNotContain("user_id");
    }

    @Test
    void mapsAKnownCustomersJpyPurchaseWithoutMinorUnitsUnderADerivedClientAndTheCustomerAsUser() {
        RecordedRequest request = sent(DestinationFixtures.purchaseJpy());

        assertThat(body(request)).isEqualTo(expected("purchase-jpy.json"));
        assertThat(request.bodyText())
                .contains("\"value\":9600,")
                .contains("\"price\":3200,")
                .doesNotContain("session_id")
                .doesNotContain("discount");
    }

    @Test
    void mapsAPartialRefundWithTheRefundedItemsAndThePurchasesTransactionAndClient() {
        RecordedRequest request = sent(DestinationFixtures.refundPartialEur());

        assertThat(body(request)).isEqualTo(expected("refund-partial-eur.json"));
    }

    @Test
    void mapsAFullRefundWithoutItemsAndThePurchasesTransactionAndClient() {
        RecordedRequest request = sent(DestinationFixtures.refundFullJpy());

        assertThat(body(request)).isEqualTo(expected("refund-full-jpy.json"));
        assertThat(body(request).path("events").path(0).path("params").has("items"))
                .isFalse();
    }

    @Test
    void mapsAnEnrichedFirstPurchaseWithTheSitesIdsItsCampaignCustomerTypeAndItemCategory() {
        JsonNode body = body(sent(DestinationFixtures.purchaseAttributed()));

        JsonNode params = body.path("events").path(0).path("params");
        assertThat(body.path("client_id").stringValue()).isEqualTo("1234567890.1700000000");
        assertThat(body.path("user_id").stringValue()).isEqualTo("6940095012345");
        assertThat(params.path("session_id").stringValue()).isEqualTo("1700000000");
        assertThat(params.path("engagement_time_msec").intValue()).isEqualTo(1);
        assertThat(params.path("customer_type").stringValue()).isEqualTo("new");
        assertThat(params.path("campaign").stringValue()).isEqualTo("autumn_sale");
        assertThat(params.path("source").stringValue()).isEqualTo("google");
        assertThat(params.path("medium").stringValue()).isEqualTo("cpc");
        assertThat(params.path("term").stringValue()).isEqualTo("wool socks");
        assertThat(params.path("content").stringValue()).isEqualTo("ad_b");
        assertThat(params.has("gclid"))
                .as("GA4 takes Ads clicks from the session")
                .isFalse();
        assertThat(params.path("items").path(0).path("item_category").stringValue())
                .isEqualTo("Socks");
        assertThat(params.size()).isLessThanOrEqualTo(25);
    }

    @Test
    void marksAReturningCustomersPurchaseAndNoRefund() {
        OutboundEvent returning = DestinationFixtures.withPayload(
                DestinationFixtures.purchaseAttributed(), payload -> payload.put("firstOrder", false));

        JsonNode params = body(sent(returning)).path("events").path(0).path("params");
        JsonNode refund = body(sent(DestinationFixtures.refundFullJpy()))
                .path("events")
                .path(0)
                .path("params");

        assertThat(params.path("customer_type").stringValue()).isEqualTo("returning");
        assertThat(refund.has("customer_type")).isFalse();
    }

    @Test
    void cutsACampaignToGa4sHundredCharacters() {
        OutboundEvent longCampaign = DestinationFixtures.withPayload(
                DestinationFixtures.purchaseAttributed(),
                payload -> ((tools.jackson.databind.node.ObjectNode) payload.get("attribution"))
                        .put("campaign", "c".repeat(300)));

        JsonNode params = body(sent(longCampaign)).path("events").path(0).path("params");

        assertThat(params.path("campaign").stringValue()).hasSize(100);
    }

    @Test
    void sendsToTheMeasurementProtocolWithTheStreamsIdAndSecretInTheQuery() {
        RecordedRequest request = sent(DestinationFixtures.purchaseEur());

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path())
                .isEqualTo("/mp/collect?measurement_id=" + Ga4TestTargets.MEASUREMENT_ID + "&api_secret="
                        + Ga4TestTargets.API_SECRET);
        assertThat(request.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void sendsAPurchaseAndItsRefundsUnderOneTransactionAndOneClient() {
        for (OutboundEvent event :
                new OutboundEvent[] {DestinationFixtures.purchaseJpy(), DestinationFixtures.refundFullJpy()}) {
            sent(event);
        }

        JsonNode purchase = body(peer.requests().get(0));
        JsonNode refund = body(peer.requests().get(1));
        assertThat(refund.path("client_id")).isEqualTo(purchase.path("client_id"));
        assertThat(refund.path("user_id")).isEqualTo(purchase.path("user_id"));
        assertThat(transactionId(refund)).isEqualTo(transactionId(purchase));
    }

    private RecordedRequest sent(OutboundEvent event) {
        int before = peer.requests().size();
        DeliveryOutcome outcome = destination.send(event, Ga4TestTargets.target());
        assertThat(outcome).isInstanceOf(Delivered.class);
        assertThat(peer.requests()).hasSize(before + 1);
        return peer.requests().getLast();
    }

    private static JsonNode transactionId(JsonNode body) {
        return body.path("events").path(0).path("params").path("transaction_id");
    }

    private static JsonNode body(RecordedRequest request) {
        return EXACT.readTree(request.bodyText());
    }

    private static JsonNode expected(String fixture) {
        return EXACT.readTree(DestinationFixtures.resource("ga4/" + fixture));
    }
}
