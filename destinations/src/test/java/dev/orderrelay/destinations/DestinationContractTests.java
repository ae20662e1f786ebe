package dev.orderrelay.destinations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every destination kind promises the worker, checked against a {@link RecordingPeer} standing in for the
 * destination: a healthy peer means delivered, a failing or slow one means retry later, a refusing one means rejected
 * with the peer's words, and the idempotency key reaches the peer the same way on every send. Each kind extends this
 * with how to build its sender and target and where its requests carry the key.
 */
public abstract class DestinationContractTests {

    /** The response timeout each sender under contract gets, short so the slow-peer case stays quick. */
    protected static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(500);

    private RecordingPeer peer;
    private Destination destination;

    /** A sender of the kind under test that waits at most {@code responseTimeout} for an answer. */
    protected abstract Destination newDestination(Duration responseTimeout);

    /** A target of the kind under test that sends to {@code peer}. */
    protected abstract DestinationTarget targetAt(RecordingPeer peer);

    /** The idempotency key as this kind carries it in {@code request}. */
    protected abstract String keyCarriedBy(RecordedRequest request);

    /** How this kind's destination says it refuses an event, giving {@code reason}. */
    protected PeerAnswer refusal(String reason) {
        return PeerAnswer.status(400).withBody("{\"error\":\"" + reason + "\"}");
    }

    /** How this kind's destination says "too many requests, come back in {@code seconds}". */
    protected PeerAnswer throttling(int seconds) {
        return PeerAnswer.status(429).withHeader("Retry-After", Integer.toString(seconds));
    }

    /** The event the contract sends; kinds that need an order event in their payload keep the default. */
    protected OutboundEvent purchase() {
        return DestinationFixtures.purchaseEur();
    }

    @BeforeEach
    void startPeer() {
        peer = RecordingPeer.start();
        destination = newDestination(RESPONSE_TIMEOUT);
    }

    @AfterEach
    void stopPeer() throws Exception {
        if (destination instanceof AutoCloseable closeable) {
            closeable.close();
        }
        peer.close();
    }

    @Test
    void servesTheKindOfItsTargets() {
        assertThat(destination.kind()).isEqualTo(targetAt(peer).kind());
    }

    @Test
    void deliversToAHealthyPeer() {
        DeliveryOutcome outcome = destination.send(purchase(), targetAt(peer));

        assertThat(outcome).isInstanceOf(Delivered.class);
        assertThat(peer.requests()).hasSize(1);
    }

    @Test
    void retriesLaterWhenThePeerFails() {
        peer.answerStatus(500);

        DeliveryOutcome outcome = destination.send(purchase(), targetAt(peer));

        assertThat(outcome).isInstanceOf(RetryLater.class);
        assertThat(((RetryLater) outcome).reason()).contains("500");
    }

    @Test
    void rejectsWithThePeersReasonWhenThePeerRefusesTheEvent() {
        peer.answer(refusal("currency is not supported"));

        DeliveryOutcome outcome = destination.send(purchase(), targetAt(peer));

        assertThat(outcome).isInstanceOf(Rejected.class);
        assertThat(((Rejected) outcome).reason())
                .contains("currency is not supported")
                .contains(DestinationFixtures.SHOP)
                .contains(DestinationFixtures.ORDER_ID);
    }

    @Test
    void retriesLaterWhenThePeerIsSlowerThanTheTimeout() {
        peer.hang();
        long started = System.nanoTime();

        DeliveryOutcome outcome = destination.send(purchase(), targetAt(peer));

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(outcome).isInstanceOf(RetryLater.class);
        assertThat(took).isGreaterThanOrEqualTo(RESPONSE_TIMEOUT).isLessThan(RESPONSE_TIMEOUT.plusSeconds(5));
    }

    @Test
    void slowsDownAsToldWhenThePeerThrottles() {
        peer.answer(throttling(7));

        DeliveryOutcome outcome = destination.send(purchase(), targetAt(peer));

        assertThat(outcome).isInstanceOf(RetryLater.class);
        assertThat(((RetryLater) outcome).delay())
                .hasValueSatisfying(delay -> assertThat(delay).isBetween(Duration.ofSeconds(6), Duration.ofSeconds(7)));
    }

    @Test
    void reportsOneOutcomePerEventOfABatchInOrder() {
        List<OutboundEvent> events = List.of(purchase(), DestinationFixtures.refundPartialEur());

        List<DeliveryOutcome> outcomes = destination.sendAll(events, targetAt(peer));

        assertThat(outcomes)
                .hasSize(2)
                .allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Delivered.class));
        assertThat(peer.requests()).isNotEmpty();
    }

    @Test
    void carriesTheSameIdempotencyKeyOnEverySend() {
        peer.answerStatus(503);
        OutboundEvent event = purchase();

        destination.send(event, targetAt(peer));
        peer.answerStatus(200);
        destination.send(event, targetAt(peer));

        assertThat(peer.requests()).hasSize(2);
        String first = keyCarriedBy(peer.requests().get(0));
        assertThat(first).isNotBlank();
        assertThat(keyCarriedBy(peer.requests().get(1))).isEqualTo(first);
    }
}
