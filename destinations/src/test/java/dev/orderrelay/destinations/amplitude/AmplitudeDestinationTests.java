package dev.orderrelay.destinations.amplitude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventItem;
import dev.orderrelay.core.event.OrderEventJson;
import dev.orderrelay.core.event.OrderEventKind;
import dev.orderrelay.core.event.OrderIdentity;
import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.DestinationKind;
import dev.orderrelay.destinations.DestinationSecret;
import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.FailureScope;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.destinations.PeerAnswer;
import dev.orderrelay.destinations.RecordedRequest;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.RetryLater;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AmplitudeDestinationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    @Test
    void postsJsonToTheHttpV2PathWithTheApiKeyInTheBody() {
        destination.send(DestinationFixtures.purchaseEur(), AmplitudeTestTargets.target());

        RecordedRequest request = peer.requests().getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/2/httpapi");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        JsonNode body = JSON.readTree(request.bodyText());
        assertThat(body.get("api_key").stringValue()).isEqualTo(AmplitudeTestTargets.API_KEY);
        assertThat(body.get("events").size()).isEqualTo(1);
        assertThat(body.has("options")).isFalse();
    }

    @Test
    void sendsAnEuShopsEventsToTheEuEndpointOnly() {
        try (ScriptedPeer eu = ScriptedPeer.start();
                AmplitudeDestination regional = new AmplitudeDestination(
                        AmplitudeTestTargets.settingsAt(peer).withEndpoints(peer.base(), eu.base()),
                        Clock.systemUTC())) {
            regional.send(DestinationFixtures.purchaseEur(), AmplitudeTestTargets.target(Map.of("region", "EU")));
            regional.send(DestinationFixtures.purchaseJpy(), AmplitudeTestTargets.target(Map.of("region", "us")));

            assertThat(eu.requests()).hasSize(1);
            assertThat(peer.requests()).hasSize(1);
            assertThat(eu.requests().getFirst().bodyText()).contains(DestinationFixtures.ORDER_ID);
        }
    }

    @Test
    void rejectsATargetWithAnUnknownRegionNamingTheSettingWithoutSending() {
        DeliveryOutcome outcome = destination.send(
                DestinationFixtures.purchaseEur(), AmplitudeTestTargets.target(Map.of("region", "apac")));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.reason())
                                .contains(
                                        "'region'",
                                        "'us' or 'eu'",
                                        "apac",
                                        DestinationFixtures.SHOP,
                                        DestinationFixtures.ORDER_ID));
        assertThat(peer.requests()).isEmpty();
    }

    @Test
    void namesALongRegionValueOnlyByItsLengthInCaseItIsAMisplacedCredential() {
        DeliveryOutcome outcome = destination.send(
                DestinationFixtures.purchaseEur(),
                AmplitudeTestTargets.target(Map.of("region", AmplitudeTestTargets.API_KEY)));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.reason())
                                .contains("'region'", "a value of 32 characters")
                                .doesNotContain(AmplitudeTestTargets.API_KEY.substring(0, 8)));
    }

    @Test
    void rejectsATargetWithoutApiKeyAskingForItsCredentialsRef() {
        DestinationTarget keyless = new DestinationTarget(
                AmplitudeTestTargets.DESTINATION, DestinationKind.AMPLITUDE, Map.of(), DestinationSecret.none());

        List<DeliveryOutcome> outcomes = destination.sendAll(AmplitudeTestTargets.purchases(2), keyless);

        assertThat(outcomes)
                .hasSize(2)
                .allSatisfy(outcome -> assertThat(outcome)
                        .isInstanceOfSatisfying(
                                Rejected.class,
                                rejected -> assertThat(rejected.reason())
                                        .contains(
                                                "no Amplitude API key",
                                                "credentialsRef",
                                                AmplitudeTestTargets.DESTINATION)));
        assertThat(peer.requests()).isEmpty();
    }

    @Test
    void refusesATargetOfAnotherKind() {
        assertThatThrownBy(() -> destination.send(
                        DestinationFixtures.purchaseEur(), DestinationFixtures.webhookTarget("https://example.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("webhook");
    }

    @Test
    void rejectsAPayloadThatIsNoOrderEventAndStillSendsTheOthers() {
        OutboundEvent broken = OutboundEvent.forOrder(
                DestinationFixtures.SHOP,
                "400001",
                "purchase",
                DestinationFixtures.OCCURRED_AT,
                DestinationFixtures.parse("{\"v\":1,\"event\":\"purchase\"}"));

        List<DeliveryOutcome> outcomes = destination.sendAll(
                List.of(DestinationFixtures.purchaseEur(), broken, DestinationFixtures.purchaseJpy()),
                AmplitudeTestTargets.target());

        assertThat(outcomes.get(0)).isInstanceOf(Delivered.class);
        assertThat(outcomes.get(1))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.reason()).contains("not a valid order event", "order 400001"));
        assertThat(outcomes.get(2)).isInstanceOf(Delivered.class);
        assertThat(AmplitudeBatchRefusalTests.insertIds(peer.requests().getFirst()))
                .containsExactly(
                        DestinationFixtures.purchaseEur().idempotencyKey(),
                        DestinationFixtures.purchaseJpy().idempotencyKey());
    }

    @Test
    void sharesEventsAmongRequestsWithinTheEventLimitKeepingTheirOrder() {
        try (AmplitudeDestination small = new AmplitudeDestination(
                AmplitudeTestTargets.settingsAt(peer).withLimits(2, 1_000_000), Clock.systemUTC())) {
            List<OutboundEvent> events = AmplitudeTestTargets.purchases(5);

            List<DeliveryOutcome> outcomes = small.sendAll(events, AmplitudeTestTargets.target());

            assertThat(outcomes)
                    .hasSize(5)
                    .allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Delivered.class));
            assertThat(peer.requests())
                    .extracting(AmplitudeBatchRefusalTests::insertIds)
                    .containsExactly(
                            AmplitudeBatchRefusalTests.keys(events.subList(0, 2)),
                            AmplitudeBatchRefusalTests.keys(events.subList(2, 4)),
                            AmplitudeBatchRefusalTests.keys(events.subList(4, 5)));
        }
    }

    @Test
    void keepsEveryRequestBodyWithinTheByteLimit() {
        int limit = 3_000;
        try (AmplitudeDestination small = new AmplitudeDestination(
                AmplitudeTestTargets.settingsAt(peer).withLimits(2000, limit), Clock.systemUTC())) {
            List<OutboundEvent> events = AmplitudeTestTargets.purchases(12);

            List<DeliveryOutcome> outcomes = small.sendAll(events, AmplitudeTestTargets.target());

            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Delivered.class));
            assertThat(peer.requests()).hasSizeGreaterThan(1);
            assertThat(peer.requests())
                    .allSatisfy(request -> assertThat(request.body().length).isLessThanOrEqualTo(limit));
            assertThat(peer.requests().stream()
                            .flatMap(request -> AmplitudeBatchRefusalTests.insertIds(request).stream())
                            .toList())
                    .containsExactlyElementsOf(AmplitudeBatchRefusalTests.keys(events));
        }
    }

    @Test
    void rejectsAnEventTooLargeForARequestOnItsOwnNamingTheLimit() {
        try (AmplitudeDestination small = new AmplitudeDestination(
                AmplitudeTestTargets.settingsAt(peer).withLimits(2000, 20_000), Clock.systemUTC())) {
            List<DeliveryOutcome> outcomes = small.sendAll(
                    List.of(hugeOrder(), DestinationFixtures.purchaseEur()), AmplitudeTestTargets.target());

            assertThat(outcomes.get(0))
                    .isInstanceOfSatisfying(
                            Rejected.class,
                            rejected ->
                                    assertThat(rejected.reason()).contains("too large", "20000 bytes", "order 500001"));
            assertThat(outcomes.get(1)).isInstanceOf(Delivered.class);
            assertThat(peer.requests()).hasSize(1);
        }
    }

    @Test
    void splitsARequestAmplitudeFindsTooLargeIntoHalves() {
        List<OutboundEvent> events = AmplitudeTestTargets.purchases(4);
        peer.then(PeerAnswer.status(413).withBody("{\"code\":413,\"error\":\"Payload too large\"}"));

        List<DeliveryOutcome> outcomes = destination.sendAll(events, AmplitudeTestTargets.target());

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Delivered.class));
        assertThat(peer.requests())
                .extracting(AmplitudeBatchRefusalTests::insertIds)
                .containsExactly(
                        AmplitudeBatchRefusalTests.keys(events),
                        AmplitudeBatchRefusalTests.keys(events.subList(0, 2)),
                        AmplitudeBatchRefusalTests.keys(events.subList(2, 4)));
    }

    @Test
    void rejectsASingleEventAmplitudeFindsTooLargeNamingTheSizeLimit() {
        peer.then(PeerAnswer.status(413).withBody("{\"code\":413,\"error\":\"Payload too large\"}"));

        DeliveryOutcome outcome = destination.send(DestinationFixtures.purchaseEur(), AmplitudeTestTargets.target());

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.reason()).contains("HTTP 413", "1 MB"));
        assertThat(peer.requests()).hasSize(1);
    }

    @Test
    void lowersTheMinimumIdLengthOnlyForARequestCarryingAShortId() {
        destination.sendAll(
                List.of(
                        AmplitudeTestTargets.purchase("600001", "42", null),
                        AmplitudeTestTargets.purchase("600002", "customer-long", null)),
                AmplitudeTestTargets.target());
        destination.send(AmplitudeTestTargets.purchase("600003", "customer-long", null), AmplitudeTestTargets.target());

        JsonNode first = JSON.readTree(peer.requests().get(0).bodyText());
        assertThat(first.get("options").get("min_id_length").intValue()).isEqualTo(2);
        assertThat(first.get("events").get(0).get("user_id").stringValue()).isEqualTo("42");
        assertThat(JSON.readTree(peer.requests().get(1).bodyText()).has("options"))
                .isFalse();
    }

    @Test
    void replacesADeviceIdAmplitudeRefusesWithTheDerivedOne() {
        destination.send(
                AmplitudeTestTargets.purchase("600011", null, "00000000-0000-0000-0000-000000000000"),
                AmplitudeTestTargets.target());

        JsonNode event = JSON.readTree(peer.requests().getFirst().bodyText())
                .get("events")
                .get(0);
        assertThat(event.get("device_id").stringValue())
                .isEqualTo(AmplitudeIds.derivedDeviceId(DestinationFixtures.SHOP, "600011"));
    }

    @Test
    void holdsBackEveryShopWhenAmplitudeFails() {
        peer.then(PeerAnswer.status(503).withHeader("Retry-After", "12"));

        DeliveryOutcome outcome = destination.send(DestinationFixtures.purchaseEur(), AmplitudeTestTargets.target());

        assertThat(outcome).isInstanceOfSatisfying(RetryLater.class, retry -> {
            assertThat(retry.scope()).isEqualTo(FailureScope.ENDPOINT);
            assertThat(retry.delay()).contains(Duration.ofSeconds(12));
            assertThat(retry.reason()).contains("HTTP 503");
        });
    }

    @Test
    void holdsBackEveryShopWhenAmplitudeRefusesTheConnection() {
        ScriptedPeer gone = ScriptedPeer.start();
        gone.close();
        try (AmplitudeDestination unreachable =
                new AmplitudeDestination(AmplitudeTestTargets.settingsAt(gone), Clock.systemUTC())) {
            DeliveryOutcome outcome =
                    unreachable.send(DestinationFixtures.purchaseEur(), AmplitudeTestTargets.target());

            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            RetryLater.class, retry -> assertThat(retry.scope()).isEqualTo(FailureScope.ENDPOINT));
        }
    }

    @Test
    void neitherFollowsNorParksOnARedirect() {
        peer.then(PeerAnswer.status(302).withHeader("Location", peer.base() + "/elsewhere"));

        DeliveryOutcome outcome = destination.send(DestinationFixtures.purchaseEur(), AmplitudeTestTargets.target());

        assertThat(outcome).isInstanceOfSatisfying(RetryLater.class, retry -> {
            assertThat(retry.scope()).isEqualTo(FailureScope.ENDPOINT);
            assertThat(retry.reason()).contains("HTTP 302", "not followed");
        });
        assertThat(peer.requests()).hasSize(1);
    }

    @Test
    void holdsBackTheShopsTargetWhenAmplitudeAnswersUnauthorized() {
        peer.then(PeerAnswer.status(401));

        DeliveryOutcome outcome = destination.send(DestinationFixtures.purchaseEur(), AmplitudeTestTargets.target());

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        RetryLater.class, retry -> assertThat(retry.scope()).isEqualTo(FailureScope.TARGET));
    }

    @Test
    void sendsNothingForAnEmptyBatch() {
        assertThat(destination.sendAll(List.of(), AmplitudeTestTargets.target()))
                .isEmpty();
        assertThat(peer.requests()).isEmpty();
    }

    /** A purchase of 40 lines with 1000-character names: about 45 KB as an Amplitude event. */
    private static OutboundEvent hugeOrder() {
        List<OrderEventItem> items = new ArrayList<>();
        IntStream.range(0, 40)
                .forEach(i -> items.add(new OrderEventItem(
                        "line-" + i, null, null, null, "x".repeat(1000), null, null, null, 1, BigDecimal.ONE, null)));
        OrderEvent order = new OrderEvent(
                OrderEvent.CURRENT_VERSION,
                OrderEventKind.PURCHASE,
                DestinationFixtures.SHOP,
                "500001",
                null,
                null,
                DestinationFixtures.OCCURRED_AT,
                null,
                null,
                false,
                "EUR",
                new BigDecimal("40.00"),
                null,
                null,
                null,
                null,
                null,
                items,
                new OrderIdentity("customer-huge", null, null, null, null));
        return OutboundEvent.forOrder(
                DestinationFixtures.SHOP,
                "500001",
                "purchase",
                DestinationFixtures.OCCURRED_AT,
                OrderEventJson.toTree(order));
    }
}
