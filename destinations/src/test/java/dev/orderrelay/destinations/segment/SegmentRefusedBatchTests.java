package dev.orderrelay.destinations.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.FailureScope;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.destinations.PeerAnswer;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.RetryLater;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What happens to the events of a request Segment does not take: a refused batch is split until the refused events
 * stand alone, and a failure that is not one event's holds back the rest of the target's events unsent.
 */
class SegmentRefusedBatchTests {

    private JudgingPeer peer;
    private SegmentDestination destination;

    @AfterEach
    void stop() {
        destination.close();
        peer.close();
    }

    @Test
    void rejectsOnlyTheRefusedEventsOfARefusedBatchAndDeliversTheOthersOnce() {
        List<OutboundEvent> events = orders(8);
        Set<String> bad = Set.of(events.get(2).orderId(), events.get(5).orderId());
        start(body -> bad.stream().anyMatch(body::contains)
                ? PeerAnswer.status(400).withBody("{\"error\":\"Invalid JSON\"}")
                : PeerAnswer.status(200).withBody("{\"success\":true}"));

        List<DeliveryOutcome> outcomes = destination.sendAll(events, SegmentTargets.target(Map.of()));

        for (int i = 0; i < events.size(); i++) {
            if (i == 2 || i == 5) {
                assertThat(((Rejected) outcomes.get(i)).reason())
                        .contains("Invalid JSON")
                        .contains("order " + events.get(i).orderId());
            } else {
                assertThat(outcomes.get(i)).isInstanceOf(Delivered.class);
            }
        }
        List<String> accepted = new ArrayList<>();
        peer.bodies().stream()
                .filter(body -> bad.stream().noneMatch(body::contains))
                .forEach(body -> accepted.addAll(SegmentTargets.messageIds(body)));
        assertThat(accepted)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 8)
                        .filter(i -> i != 2 && i != 5)
                        .mapToObj(i -> events.get(i).idempotencyKey())
                        .toList());
        // Halving: 8 -> 4+4 -> 2+2+2+2 -> 1+1 twice, never each of the eight alone.
        assertThat(peer.bodies()).hasSize(11);
    }

    @Test
    void rejectsAnEventRefusedAloneWithoutSplittingFurther() {
        start(body -> PeerAnswer.status(400).withBody("{\"error\":\"Payload too large\"}"));

        DeliveryOutcome outcome = destination.send(orders(1).getFirst(), SegmentTargets.target(Map.of()));

        assertThat(((Rejected) outcome).reason()).contains("HTTP 400").contains("Payload too large");
        assertThat(peer.bodies()).hasSize(1);
    }

    @Test
    void holdsBackTheTargetsUnsentEventsWhenSegmentFails() {
        start(body -> PeerAnswer.status(503));
        destination = narrowBatches();

        List<DeliveryOutcome> outcomes = destination.sendAll(orders(5), SegmentTargets.target(Map.of()));

        assertThat(peer.bodies()).hasSize(1);
        assertThat(outcomes).hasSize(5).allSatisfy(outcome -> {
            assertThat(((RetryLater) outcome).scope()).isEqualTo(FailureScope.ENDPOINT);
            assertThat(((RetryLater) outcome).reason()).contains("503");
        });
        assertThat(((RetryLater) outcomes.get(0)).reason()).doesNotContain("not sent");
        assertThat(((RetryLater) outcomes.get(4)).reason()).contains("not sent");
    }

    @Test
    void holdsBackTheShopsUnsentEventsForAsLongAsSegmentsRateLimitSays() {
        start(body -> PeerAnswer.status(429).withHeader("Retry-After", "7"));
        destination = narrowBatches();

        List<DeliveryOutcome> outcomes = destination.sendAll(orders(5), SegmentTargets.target(Map.of()));

        assertThat(peer.bodies()).hasSize(1);
        assertThat(outcomes).allSatisfy(outcome -> {
            assertThat(((RetryLater) outcome).scope()).isEqualTo(FailureScope.TARGET);
            assertThat(((RetryLater) outcome).delay()).contains(Duration.ofSeconds(7));
        });
    }

    @Test
    void stopsSplittingARefusedBatchOnceSegmentFailsAndHoldsBackTheRest() {
        List<OutboundEvent> events = orders(4);
        start(body -> SegmentTargets.messageIds(body).size() > 1
                ? PeerAnswer.status(400).withBody("{\"error\":\"Invalid JSON\"}")
                : PeerAnswer.status(500));

        List<DeliveryOutcome> outcomes = destination.sendAll(events, SegmentTargets.target(Map.of()));

        // 4 refused -> 2 refused -> first single fails with 500; the other three are not sent.
        assertThat(peer.bodies()).hasSize(3);
        assertThat(outcomes)
                .allSatisfy(
                        outcome -> assertThat(((RetryLater) outcome).scope()).isEqualTo(FailureScope.ENDPOINT));
    }

    @Test
    void neverFollowsARedirect() {
        start(body -> body.contains("redirected")
                ? PeerAnswer.status(200)
                : PeerAnswer.status(302)
                        .withHeader("Location", peer.uri("/redirected").toString()));

        DeliveryOutcome outcome = destination.send(orders(1).getFirst(), SegmentTargets.target(Map.of()));

        assertThat(((RetryLater) outcome).scope()).isEqualTo(FailureScope.ENDPOINT);
        assertThat(((RetryLater) outcome).reason()).contains("302").contains("endpoint settings");
        assertThat(peer.bodies()).hasSize(1);
    }

    @Test
    void masksTheWriteKeyWhenSegmentsAnswerEchoesIt() {
        start(body -> PeerAnswer.status(400)
                .withBody("{\"error\":\"bad write key " + SegmentTargets.WRITE_KEY + " ("
                        + SegmentTargets.BASIC_CREDENTIALS + ")\"}"));

        DeliveryOutcome outcome = destination.send(orders(1).getFirst(), SegmentTargets.target(Map.of()));

        assertThat(((Rejected) outcome).reason())
                .contains("bad write key ****")
                .doesNotContain(SegmentTargets.WRITE_KEY)
                .doesNotContain(SegmentTargets.BASIC_CREDENTIALS);
    }

    @Test
    void retriesForTheShopAloneWhenSegmentRefusesItsWriteKey() {
        start(body -> PeerAnswer.status(401).withBody("{\"error\":\"unauthorized\"}"));

        DeliveryOutcome outcome = destination.send(orders(1).getFirst(), SegmentTargets.target(Map.of()));

        assertThat(((RetryLater) outcome).scope()).isEqualTo(FailureScope.TARGET);
        assertThat(((RetryLater) outcome).reason())
                .contains("refused the shop's write key")
                .doesNotContain(SegmentTargets.WRITE_KEY);
    }

    private void start(Function<String, PeerAnswer> judge) {
        peer = JudgingPeer.start(judge);
        destination = new SegmentDestination(
                SegmentTargets.settingsAt(
                        peer.uri("/us").toString(), peer.uri("/eu").toString()),
                Clock.systemUTC());
    }

    /** A sender that puts two events at most in a request, so five events make three requests. */
    private SegmentDestination narrowBatches() {
        destination.close();
        return new SegmentDestination(
                SegmentTargets.settingsAt(
                                peer.uri("/us").toString(), peer.uri("/eu").toString())
                        .withBatchLimits(2, SegmentDestinationSettings.SEGMENT_MAX_BATCH_BYTES),
                Clock.systemUTC());
    }

    private static List<OutboundEvent> orders(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> SegmentEvents.purchaseOfOrder(Long.toString(7_000_000_000_000_000_000L + i)))
                .toList();
    }
}
