package dev.orderrelay.destinations.ga4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.DestinationKind;
import dev.orderrelay.destinations.DestinationSecret;
import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.destinations.RecordingPeer;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** GA4's own rules: the back-dating limit, target settings, regions, and the limits on items and size. */
class Ga4DestinationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant PURCHASE_AT = DestinationFixtures.OCCURRED_AT;

    private final SettableClock clock = new SettableClock(PURCHASE_AT.plus(Duration.ofHours(1)));
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
    void sendsAnEventAtGa4sBackDatingLimitWithItsOwnTime() {
        clock.advance(Duration.ofHours(71));

        DeliveryOutcome outcome = destination.send(DestinationFixtures.purchaseEur(), Ga4TestTargets.target());

        assertThat(outcome).isInstanceOf(Delivered.class);
        assertThat(sentBody(0).path("events").path(0).path("timestamp_micros").longValue())
                .isEqualTo(PURCHASE_AT.getEpochSecond() * 1_000_000L);
    }

    @Test
    void parksAnEventOlderThanGa4sBackDatingLimitWithoutSendingIt() {
        clock.advance(Duration.ofHours(71).plusSeconds(1));

        DeliveryOutcome outcome = destination.send(DestinationFixtures.purchaseEur(), Ga4TestTargets.target());

        assertThat(outcome).isInstanceOf(Rejected.class);
        assertThat(((Rejected) outcome).reason())
                .contains("older than GA4's 72 h back-dating limit")
                .contains("not sent")
                .contains(DestinationFixtures.SHOP)
                .contains(DestinationFixtures.ORDER_ID);
        assertThat(peer.requests()).isEmpty();
    }

    @Test
    void datesAnEventFromAClockAheadOfOursAtNowSinceGa4TakesNoFutureEvents() {
        Instant now = PURCHASE_AT.minus(Duration.ofMinutes(5));
        clock.advance(Duration.between(clock.instant(), now));

        destination.send(DestinationFixtures.purchaseEur(), Ga4TestTargets.target());

        assertThat(sentBody(0).path("events").path(0).path("timestamp_micros").longValue())
                .isEqualTo(now.getEpochSecond() * 1_000_000L);
    }

    @Test
    void rejectsWithoutSendingWhenTheTargetHasNoApiSecret() {
        DeliveryOutcome outcome =
                destination.send(DestinationFixtures.purchaseEur(), Ga4TestTargets.target(DestinationSecret.none()));

        assertThat(((Rejected) outcome).reason())
                .contains("no Measurement Protocol API secret")
                .contains("credentialsRef")
                .contains("fix the shop's destination config")
                .contains(DestinationFixtures.ORDER_ID);
        assertThat(peer.requests()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "measurementId, '', setting 'measurementId'",
        "measurementId, UA-12345-1, setting 'measurementId'",
        "validate, yes, setting 'validate'",
        "region, us, setting 'region'"
    })
    void rejectsEveryEventOfATargetWithABadSettingNamingIt(String setting, String value, String named) {
        DestinationTarget target = Ga4TestTargets.target(setting, value.isEmpty() ? null : value);

        List<DeliveryOutcome> outcomes = destination.sendAll(
                List.of(DestinationFixtures.purchaseEur(), DestinationFixtures.refundPartialEur()), target);

        assertThat(outcomes)
                .hasSize(2)
                .allSatisfy(outcome -> assertThat(((Rejected) outcome).reason())
                        .contains(named)
                        .contains("fix the shop's destination config"));
        assertThat(peer.requests()).isEmpty();
    }

    @Test
    void sendsAnEuShopsEventsToGa4sEuEndpoint() {
        try (RecordingPeer eu = RecordingPeer.start();
                Ga4Destination regional = new Ga4Destination(
                        Ga4DestinationSettings.defaults()
                                .withEndpoints(Ga4Endpoints.at(peer.uri("")), Ga4Endpoints.at(eu.uri(""))),
                        clock)) {
            DeliveryOutcome outcome =
                    regional.send(DestinationFixtures.purchaseEur(), Ga4TestTargets.target("region", "eu"));

            assertThat(outcome).isInstanceOf(Delivered.class);
            assertThat(eu.requests())
                    .singleElement()
                    .satisfies(request ->
                            assertThat(request.path()).startsWith("/mp/collect?measurement_id=G-TEST12345&"));
            assertThat(peer.requests()).isEmpty();
        }
    }

    @Test
    void sendsAnEventWithAsManyItemsAsGa4Takes() {
        OutboundEvent event = Ga4Orders.purchaseEur(order -> items(order, 200, "Tee"));

        assertThat(destination.send(event, Ga4TestTargets.target())).isInstanceOf(Delivered.class);
        assertThat(sentBody(0).path("events").path(0).path("params").path("items"))
                .hasSize(200);
    }

    @Test
    void refusesAnEventWithMoreItemsThanGa4TakesRatherThanCuttingItsRevenue() {
        OutboundEvent event = Ga4Orders.purchaseEur(order -> items(order, 201, "Tee"));

        DeliveryOutcome outcome = destination.send(event, Ga4TestTargets.target());

        assertThat(((Rejected) outcome).reason()).contains("201 items").contains("limit of 200");
        assertThat(peer.requests()).isEmpty();
    }

    @Test
    void refusesAnEventWhoseRequestAloneExceedsGa4sBodyLimit() {
        // 100 three-byte characters in each text: some 1.5 kB an item, 300 kB for 200 items.
        OutboundEvent event = Ga4Orders.purchaseEur(order -> items(order, 200, "€".repeat(100)));

        DeliveryOutcome outcome = destination.send(event, Ga4TestTargets.target());

        assertThat(((Rejected) outcome).reason()).contains("130 kB").contains(DestinationFixtures.ORDER_ID);
        assertThat(peer.requests()).isEmpty();
    }

    @Test
    void cutsDescriptiveTextsToGa4sLengthLimitButNeverAnAmount() {
        String longName = "Tee ".repeat(40);
        OutboundEvent event = Ga4Orders.purchaseEur(order ->
                ((ObjectNode) order.path("items").path(0)).put("name", longName).remove("sku"));

        destination.send(event, Ga4TestTargets.target());

        JsonNode params = sentBody(0).path("events").path(0).path("params");
        assertThat(params.path("items").path(0).path("item_name").stringValue())
                .isEqualTo(longName.strip().substring(0, 100));
        assertThat(params.path("items").path(0).path("item_id").stringValue()).isEqualTo("42111122223334");
        assertThat(params.path("value").decimalValue()).isEqualByComparingTo("49.41");
    }

    @Test
    void refusesAPayloadThatIsNotAnOrderEventNamingTheProblem() {
        ObjectNode payload = JSON.createObjectNode().put("v", 1).put("event", "purchase");
        OutboundEvent event = OutboundEvent.forOrder(
                DestinationFixtures.SHOP, DestinationFixtures.ORDER_ID, "purchase", PURCHASE_AT, payload);

        DeliveryOutcome outcome = destination.send(event, Ga4TestTargets.target());

        assertThat(((Rejected) outcome).reason())
                .contains("not a valid order event")
                .contains("shop");
        assertThat(peer.requests()).isEmpty();
    }

    @Test
    void refusesACurrencyGa4CannotCount() {
        OutboundEvent event = Ga4Orders.purchaseEur(order -> order.put("currency", "ABC"));

        DeliveryOutcome outcome = destination.send(event, Ga4TestTargets.target());

        assertThat(((Rejected) outcome).reason()).contains("'ABC' is not an ISO 4217 code");
        assertThat(peer.requests()).isEmpty();
    }

    @Test
    void refusesAnOrderIdThatDoesNotFitGa4sTransactionIdRatherThanCuttingIt() {
        OutboundEvent event = Ga4Orders.purchaseEurAsOrder("9".repeat(101));

        DeliveryOutcome outcome = destination.send(event, Ga4TestTargets.target());

        assertThat(((Rejected) outcome).reason()).contains("transaction_id");
        assertThat(peer.requests()).isEmpty();
    }

    @Test
    void refusesATargetOfAnotherKindAsAProgrammingError() {
        DestinationTarget webhook = new DestinationTarget(
                "ops", DestinationKind.WEBHOOK, Map.of(), DestinationSecret.of(Ga4TestTargets.API_SECRET));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> destination.send(DestinationFixtures.purchaseEur(), webhook))
                .withMessageContaining("webhook");
    }

    private JsonNode sentBody(int index) {
        return JSON.readTree(peer.requests().get(index).bodyText());
    }

    /** Replaces the order's lines by {@code count} lines of one 10.00 unit each, named {@code text}. */
    private static void items(ObjectNode order, int count, String text) {
        ArrayNode items = order.putArray("items");
        for (int i = 0; i < count; i++) {
            items.addObject()
                    .put("lineId", Integer.toString(i))
                    .put("sku", text + i)
                    .put("name", text)
                    .put("brand", text)
                    .put("category", text)
                    .put("variant", text)
                    .put("quantity", 1)
                    .put("price", "10.00");
        }
        order.put("value", Integer.toString(count * 10));
    }
}
