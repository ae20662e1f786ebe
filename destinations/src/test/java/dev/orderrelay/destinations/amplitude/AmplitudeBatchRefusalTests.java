package dev.orderrelay.destinations.amplitude;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.FailureScope;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.destinations.PeerAnswer;
import dev.orderrelay.destinations.RecordedRequest;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.RetryLater;
import dev.orderrelay.destinations.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Amplitude refuses a whole request for the sake of some of its events and names them: only those are parked or held
 * back, and the others go again at once within the same call.
 */
class AmplitudeBatchRefusalTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-24T21:00:00Z"));
    private ScriptedPeer peer;
    private AmplitudeDestination destination;

    @BeforeEach
    void start() {
        peer = ScriptedPeer.start();
        destination = AmplitudeTestTargets.destinationAt(peer, clock);
    }

    @AfterEach
    void stop() {
        destination.close();
        peer.close();
    }

    @Test
    void parksOnlyTheEventsA400NamesAndDeliversTheOthersOnTheResend() {
        List<OutboundEvent> events = AmplitudeTestTargets.purchases(5);
        peer.then(PeerAnswer.status(400)
                .withBody("{\"code\":400,\"error\":\"Invalid field values on some events\","
                        + "\"events_with_invalid_fields\":{\"time\":[1]},"
                        + "\"events_with_missing_fields\":{\"event_type\":[3]}}"));

        List<DeliveryOutcome> outcomes = destination.sendAll(events, AmplitudeTestTargets.target());

        assertThat(outcomes).hasSize(5);
        assertThat(outcomes.get(1))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.reason())
                                .contains("invalid time", "Invalid field values on some events", "order 100001")
                                .doesNotContain("event_type"));
        assertThat(outcomes.get(3))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.reason()).contains("missing event_type", "order 100003"));
        assertThat(List.of(outcomes.get(0), outcomes.get(2), outcomes.get(4)))
                .allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Delivered.class));
        assertThat(peer.requests()).hasSize(2);
        assertThat(insertIds(peer.requests().get(0))).containsExactlyElementsOf(keys(events));
        assertThat(insertIds(peer.requests().get(1)))
                .containsExactly(
                        events.get(0).idempotencyKey(),
                        events.get(2).idempotencyKey(),
                        events.get(4).idempotencyKey());
    }

    @Test
    void parksEventsWithTooShortIdsOrSilencedDevicesByTheirOwnReason() {
        List<OutboundEvent> events = AmplitudeTestTargets.purchases(3);
        peer.then(PeerAnswer.status(400)
                .withBody("{\"code\":400,\"error\":\"Invalid field values on some events\","
                        + "\"events_with_invalid_id_lengths\":{\"user_id\":[0]},"
                        + "\"silenced_devices\":[\"device-100002\"]}"));

        List<DeliveryOutcome> outcomes = destination.sendAll(events, AmplitudeTestTargets.target());

        assertThat(((Rejected) outcomes.get(0)).reason()).contains("user_id too short");
        assertThat(outcomes.get(1)).isInstanceOf(Delivered.class);
        assertThat(((Rejected) outcomes.get(2)).reason()).contains("device is silenced");
    }

    @Test
    void sendsTheInnocentEventsAgainOnlyOnceWithinACall() {
        List<OutboundEvent> events = AmplitudeTestTargets.purchases(3);
        PeerAnswer firstIsInvalid = PeerAnswer.status(400)
                .withBody("{\"code\":400,\"error\":\"Invalid field values on some events\","
                        + "\"events_with_invalid_fields\":{\"time\":[0]}}");
        peer.then(firstIsInvalid, firstIsInvalid, firstIsInvalid);

        List<DeliveryOutcome> outcomes = destination.sendAll(events, AmplitudeTestTargets.target());

        assertThat(peer.requests()).hasSize(2);
        assertThat(outcomes.get(0)).isInstanceOf(Rejected.class);
        assertThat(outcomes.get(1)).isInstanceOf(Rejected.class);
        assertThat(outcomes.get(2)).isInstanceOfSatisfying(RetryLater.class, retry -> {
            assertThat(retry.scope()).isEqualTo(FailureScope.EVENT);
            assertThat(retry.reason()).contains("order 100002", "refused its request twice");
        });
    }

    @Test
    void rejectsTheWholeRequestWithAmplitudesWordsWhenA400NamesNoEvent() {
        peer.then(PeerAnswer.status(400)
                .withBody("{\"code\":400,\"error\":\"Request missing required field\",\"missing_field\":\"events\"}"));

        List<DeliveryOutcome> outcomes =
                destination.sendAll(AmplitudeTestTargets.purchases(2), AmplitudeTestTargets.target());

        assertThat(outcomes)
                .allSatisfy(outcome -> assertThat(outcome)
                        .isInstanceOfSatisfying(
                                Rejected.class,
                                rejected -> assertThat(rejected.reason())
                                        .contains("HTTP 400", "missing events", "Request missing required field")));
        assertThat(peer.requests()).hasSize(1);
    }

    @Test
    void holdsBackOnlyTheThrottledUsersEventsForThirtySecondsAndDeliversTheRest() {
        List<OutboundEvent> events = List.of(
                AmplitudeTestTargets.purchase("300001", "customer-busy", null),
                AmplitudeTestTargets.purchase("300002", "customer-calm", null),
                AmplitudeTestTargets.purchase("300003", "customer-busy", null),
                AmplitudeTestTargets.purchase("300004", null, "device-calm"));
        peer.then(PeerAnswer.status(429)
                .withBody("{\"code\":429,\"error\":\"Too many requests for some devices and users\","
                        + "\"eps_threshold\":30,\"throttled_users\":{\"customer-busy\":42},\"throttled_events\":[0]}"));

        List<DeliveryOutcome> outcomes = destination.sendAll(events, AmplitudeTestTargets.target());

        for (int busy : new int[] {0, 2}) {
            assertThat(outcomes.get(busy)).isInstanceOfSatisfying(RetryLater.class, retry -> {
                assertThat(retry.scope()).isEqualTo(FailureScope.EVENT);
                assertThat(retry.delay()).contains(Duration.ofSeconds(30));
                assertThat(retry.reason()).contains("HTTP 429").doesNotContain("customer-busy");
            });
        }
        assertThat(outcomes.get(1)).isInstanceOf(Delivered.class);
        assertThat(outcomes.get(3)).isInstanceOf(Delivered.class);
        assertThat(insertIds(peer.requests().get(1)))
                .containsExactly(events.get(1).idempotencyKey(), events.get(3).idempotencyKey());
    }

    @Test
    void holdsBackAUserOverItsDailyQuotaUntilTheNextUtcDay() {
        List<OutboundEvent> events = List.of(
                AmplitudeTestTargets.purchase("300011", "customer-quota", null),
                AmplitudeTestTargets.purchase("300012", "customer-calm", null));
        peer.then(PeerAnswer.status(429)
                .withBody("{\"code\":429,\"error\":\"Too many requests for some devices and users\","
                        + "\"eps_threshold\":30,\"throttled_events\":[0],"
                        + "\"exceeded_daily_quota_users\":{\"customer-quota\":500001}}"));

        List<DeliveryOutcome> outcomes = destination.sendAll(events, AmplitudeTestTargets.target());

        assertThat(outcomes.get(0)).isInstanceOfSatisfying(RetryLater.class, retry -> {
            assertThat(retry.scope()).isEqualTo(FailureScope.EVENT);
            assertThat(retry.delay()).contains(Duration.ofHours(3)); // 21:00 UTC to midnight
            assertThat(retry.reason()).contains("daily");
        });
        assertThat(outcomes.get(1)).isInstanceOf(Delivered.class);
    }

    @Test
    void slowsEveryShopDownWhenA429NamesNoUserOrDevice() {
        peer.then(PeerAnswer.status(429).withBody("{\"code\":429,\"error\":\"Too many requests\"}"));

        List<DeliveryOutcome> outcomes =
                destination.sendAll(AmplitudeTestTargets.purchases(2), AmplitudeTestTargets.target());

        assertThat(outcomes)
                .allSatisfy(outcome -> assertThat(outcome).isInstanceOfSatisfying(RetryLater.class, retry -> {
                    assertThat(retry.scope()).isEqualTo(FailureScope.ENDPOINT);
                    assertThat(retry.delay()).isEmpty();
                }));
        assertThat(peer.requests()).hasSize(1);
    }

    @Test
    void holdsBackTheShopsTargetWhenAmplitudeRefusesItsApiKeyWithoutRepeatingTheKey() {
        peer.then(PeerAnswer.status(400)
                .withBody("{\"code\":400,\"error\":\"Invalid API key: " + AmplitudeTestTargets.API_KEY + "\"}"));

        List<DeliveryOutcome> outcomes =
                destination.sendAll(AmplitudeTestTargets.purchases(2), AmplitudeTestTargets.target());

        assertThat(outcomes)
                .allSatisfy(outcome -> assertThat(outcome).isInstanceOfSatisfying(RetryLater.class, retry -> {
                    assertThat(retry.scope()).isEqualTo(FailureScope.TARGET);
                    assertThat(retry.reason())
                            .contains("API key", "credentialsRef", "region", DestinationFixtures.SHOP)
                            .doesNotContain(AmplitudeTestTargets.API_KEY);
                }));
        assertThat(peer.requests()).hasSize(1);
    }

    @Test
    void takesTheApiKeyOutOfAnyTextAmplitudeSendsBack() {
        peer.then(PeerAnswer.status(422)
                .withBody("{\"error\":\"project of " + AmplitudeTestTargets.API_KEY + " is read-only\"}"));

        DeliveryOutcome outcome = destination.send(DestinationFixtures.purchaseEur(), AmplitudeTestTargets.target());

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.reason())
                                .contains("HTTP 422", "read-only", KeyRedactor.MASK)
                                .doesNotContain(AmplitudeTestTargets.API_KEY));
    }

    static List<String> insertIds(RecordedRequest request) {
        JsonNode events = JSON.readTree(request.bodyText()).get("events");
        return StreamSupport.stream(events.spliterator(), false)
                .map(event -> event.get("insert_id").stringValue())
                .toList();
    }

    static List<String> keys(List<OutboundEvent> events) {
        return events.stream().map(OutboundEvent::idempotencyKey).toList();
    }
}
