package dev.orderrelay.worker.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.RetryLater;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins the outcome-to-queue-action table: change a row here only on purpose. */
class OutcomeActionsTests {

    private static final RetryPolicy POLICY = new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofMinutes(15));
    private final OutcomeActions actions = new OutcomeActions(POLICY);

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(new Delivered(200, Duration.ofMillis(30)), 1, new QueueAction.Acknowledge()),
                Arguments.of(new Delivered(204, Duration.ofMillis(30)), 5, new QueueAction.Acknowledge()),
                Arguments.of(new Rejected("HTTP 400: bad field"), 1, new QueueAction.Park("HTTP 400: bad field")),
                Arguments.of(
                        RetryLater.withBackOff("HTTP 503"),
                        1,
                        new QueueAction.RetryIn(Duration.ofSeconds(10), "HTTP 503")),
                Arguments.of(
                        RetryLater.withBackOff("HTTP 503"),
                        3,
                        new QueueAction.RetryIn(Duration.ofSeconds(40), "HTTP 503")),
                Arguments.of(
                        RetryLater.after(Duration.ofSeconds(7), "HTTP 429"),
                        2,
                        new QueueAction.RetryIn(Duration.ofSeconds(7), "HTTP 429")),
                Arguments.of(
                        RetryLater.after(Duration.ofHours(3), "HTTP 429"),
                        2,
                        new QueueAction.RetryIn(Duration.ofMinutes(15), "HTTP 429")),
                Arguments.of(
                        RetryLater.withBackOff("timeout"),
                        5,
                        new QueueAction.Park("gave up after 5 attempts; last: timeout")));
    }

    @ParameterizedTest
    @MethodSource("table")
    void mapsEachOutcomeToExactlyOneQueueAction(DeliveryOutcome outcome, int attempt, QueueAction expected) {
        assertThat(actions.decide(outcome, attempt)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("attempts")
    void backsOffExponentiallyUpToTheCap(int attempt, Duration expected) {
        assertThat(POLICY.backOff(attempt)).isEqualTo(expected);
    }

    static Stream<Arguments> attempts() {
        return Stream.of(
                Arguments.of(1, Duration.ofSeconds(10)),
                Arguments.of(2, Duration.ofSeconds(20)),
                Arguments.of(7, Duration.ofSeconds(640)),
                Arguments.of(8, Duration.ofMinutes(15)),
                Arguments.of(60, Duration.ofMinutes(15)));
    }
}
