package dev.orderrelay.destinations.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.DestinationKind;
import dev.orderrelay.destinations.DestinationSecret;
import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.destinations.RecordedRequest;
import dev.orderrelay.destinations.RecordingPeer;
import dev.orderrelay.destinations.Rejected;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where and how the Segment sender sends, and what it refuses to send. */
class SegmentDestinationTests {

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

    @Test
    void postsABatchToTheUsEndpointByDefaultWithTheWriteKeyAsBasicUserName() {
        DeliveryOutcome outcome = destination.send(DestinationFixtures.purchaseEur(), SegmentTargets.target(Map.of()));

        assertThat(outcome).isInstanceOf(Delivered.class);
        RecordedRequest request = peer.requests().getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/us/v1/batch");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.header("Authorization")).isEqualTo("Basic " + SegmentTargets.BASIC_CREDENTIALS);
        assertThat(request.bodyText()).doesNotContain(SegmentTargets.WRITE_KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu", "EU", " eu "})
    void sendsAnEuWorkspacesEventsToTheEuEndpointOnly(String region) {
        destination.send(DestinationFixtures.purchaseEur(), SegmentTargets.target(Map.of("region", region)));

        assertThat(peer.requests())
                .singleElement()
                .satisfies(request -> assertThat(request.path()).isEqualTo("/eu/v1/batch"));
    }

    @Test
    void sendsToTheUsEndpointWhenTheRegionSaysSo() {
        destination.send(DestinationFixtures.purchaseEur(), SegmentTargets.target(Map.of("region", "us")));

        assertThat(peer.requests().getFirst().path()).isEqualTo("/us/v1/batch");
    }

    @Test
    void rejectsEveryEventOfATargetInAnUnknownRegionNamingTheSettingWithoutSending() {
        List<DeliveryOutcome> outcomes = destination.sendAll(
                List.of(DestinationFixtures.purchaseEur(), DestinationFixtures.refundPartialEur()),
                SegmentTargets.target(Map.of("region", "eu2")));

        assertThat(outcomes)
                .hasSize(2)
                .allSatisfy(outcome -> assertThat(((Rejected) outcome).reason())
                        .contains("setting 'region'")
                        .contains("'eu2'")
                        .contains(DestinationFixtures.SHOP));
        assertThat(peer.requests()).isEmpty();
    }

    @Test
    void rejectsWithoutSendingWhenTheTargetHasNoWriteKey() {
        DeliveryOutcome outcome = destination.send(
                DestinationFixtures.purchaseEur(), SegmentTargets.target(Map.of(), DestinationSecret.none()));

        assertThat(((Rejected) outcome).reason())
                .contains("no Segment write key")
                .contains("credentialsRef")
                .contains("'analytics'")
                .contains(DestinationFixtures.SHOP);
        assertThat(peer.requests()).isEmpty();
    }

    @Test
    void rejectsAnEventThatIsNoOrderEventAndSendsTheOthers() {
        List<DeliveryOutcome> outcomes = destination.sendAll(
                List.of(SegmentEvents.purchaseWithoutCurrency("1001"), DestinationFixtures.purchaseEur()),
                SegmentTargets.target(Map.of()));

        assertThat(((Rejected) outcomes.get(0)).reason())
                .contains("not a valid order event")
                .contains("currency")
                .contains("order 1001");
        assertThat(outcomes.get(1)).isInstanceOf(Delivered.class);
        assertThat(SegmentTargets.batchOf(peer.requests().getFirst())).hasSize(1);
    }

    @Test
    void rejectsAnEventOverSegmentsSizeLimitNamingItAndNeverTruncatesIt() {
        OutboundEvent huge = SegmentEvents.purchaseWithLines("2002", 400);
        List<DeliveryOutcome> outcomes =
                destination.sendAll(List.of(huge, DestinationFixtures.purchaseEur()), SegmentTargets.target(Map.of()));

        assertThat(((Rejected) outcomes.get(0)).reason())
                .contains("32 KB")
                .contains("32768 bytes")
                .contains("order 2002")
                .contains("never truncated");
        assertThat(outcomes.get(1)).isInstanceOf(Delivered.class);
        assertThat(peer.requests())
                .singleElement()
                .satisfies(request -> assertThat(request.bodyText()).doesNotContain("2002"));
    }

    @Test
    void sendsAnEventJustUnderTheSizeLimit() {
        OutboundEvent large = SegmentEvents.purchaseWithLines("2003", 150);

        assertThat(destination.send(large, SegmentTargets.target(Map.of()))).isInstanceOf(Delivered.class);
        int callBytes = peer.requests().getFirst().body().length - "{\"batch\":[]}".length();
        assertThat(callBytes).isBetween(20_000, SegmentDestinationSettings.MAX_EVENT_BYTES);
    }

    @Test
    void cutsABatchAtTheEventLimitKeepingTheEventsInOrder() {
        destination.close();
        destination = new SegmentDestination(
                SegmentTargets.settingsAt(peer).withBatchLimits(2, SegmentDestinationSettings.SEGMENT_MAX_BATCH_BYTES),
                Clock.systemUTC());
        List<OutboundEvent> events = orders(5);

        List<DeliveryOutcome> outcomes = destination.sendAll(events, SegmentTargets.target(Map.of()));

        assertThat(outcomes)
                .hasSize(5)
                .allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Delivered.class));
        assertThat(peer.requests())
                .extracting(request -> SegmentTargets.batchOf(request).size())
                .containsExactly(2, 2, 1);
        assertThat(peer.requests().stream().flatMap(request -> SegmentTargets.messageIds(request.bodyText()).stream()))
                .containsExactlyElementsOf(
                        events.stream().map(OutboundEvent::idempotencyKey).toList());
    }

    @Test
    void keepsEveryRequestWithinSegmentsBatchSizeAndSendsEachEventOnce() {
        List<OutboundEvent> events = orders(1000);

        List<DeliveryOutcome> outcomes = destination.sendAll(events, SegmentTargets.target(Map.of()));

        assertThat(outcomes)
                .hasSize(1000)
                .allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Delivered.class));
        assertThat(peer.requests()).hasSizeGreaterThan(1).allSatisfy(request -> {
            assertThat(request.body().length).isLessThanOrEqualTo(500_000);
            assertThat(SegmentTargets.batchOf(request).size()).isLessThanOrEqualTo(2500);
        });
        assertThat(peer.requests().stream().flatMap(request -> SegmentTargets.messageIds(request.bodyText()).stream()))
                .containsExactlyElementsOf(
                        events.stream().map(OutboundEvent::idempotencyKey).toList());
    }

    @Test
    void sendsNothingForNoEvents() {
        assertThat(destination.sendAll(List.of(), SegmentTargets.target(Map.of())))
                .isEmpty();
        assertThat(peer.requests()).isEmpty();
    }

    @Test
    void refusesATargetOfAnotherKind() {
        DestinationTarget webhook = new DestinationTarget(
                "ops", DestinationKind.WEBHOOK, Map.of(), DestinationSecret.of(SegmentTargets.WRITE_KEY));

        assertThatThrownBy(() -> destination.send(DestinationFixtures.purchaseEur(), webhook))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("webhook target");
    }

    private static List<OutboundEvent> orders(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> SegmentEvents.purchaseOfOrder(Long.toString(6_000_000_000_000_000_000L + i)))
                .toList();
    }
}
