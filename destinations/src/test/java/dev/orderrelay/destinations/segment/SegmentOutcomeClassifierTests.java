package dev.orderrelay.destinations.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.FailureScope;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.RetryLater;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins the one table from Segment's answer, or the lack of one, to an outcome and the scope of a retry. */
class SegmentOutcomeClassifierTests {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private final SegmentOutcomeClassifier classifier = new SegmentOutcomeClassifier(Clock.fixed(NOW, ZoneOffset.UTC));
    private final SegmentAttempt attempt =
            new SegmentAttempt(DestinationFixtures.purchaseEur(), SegmentTargets.target(Map.of()));

    @ParameterizedTest(name = "HTTP {0} -> {1} {2}")
    @CsvSource({
        "200, Delivered, ",
        "202, Delivered, ",
        "204, Delivered, ",
        "400, Rejected, ",
        "402, Rejected, ",
        "409, Rejected, ",
        "410, Rejected, ",
        "413, Rejected, ",
        "415, Rejected, ",
        "422, Rejected, ",
        "401, RetryLater, TARGET",
        "403, RetryLater, TARGET",
        "429, RetryLater, TARGET",
        "408, RetryLater, ENDPOINT",
        "425, RetryLater, ENDPOINT",
        "500, RetryLater, ENDPOINT",
        "502, RetryLater, ENDPOINT",
        "503, RetryLater, ENDPOINT",
        "504, RetryLater, ENDPOINT",
        "599, RetryLater, ENDPOINT",
        "404, RetryLater, ENDPOINT",
        "405, RetryLater, ENDPOINT",
        "301, RetryLater, ENDPOINT",
        "302, RetryLater, ENDPOINT",
        "307, RetryLater, ENDPOINT",
        "100, RetryLater, ENDPOINT",
        "600, RetryLater, ENDPOINT"
    })
    void mapsEachStatusToItsOutcomeAndScope(int status, String outcome, FailureScope scope) {
        DeliveryOutcome classified = outcomeOf(answer(status, Optional.empty(), Optional.empty(), ""));

        assertThat(classified.getClass().getSimpleName()).isEqualTo(outcome);
        if (classified instanceof RetryLater retry) {
            assertThat(retry.scope()).isEqualTo(scope);
            assertThat(retry.reason()).contains(Integer.toString(status));
        }
    }

    @Test
    void rejectsARefusedEventWithSegmentsWordsAndTheOrder() {
        DeliveryOutcome classified =
                outcomeOf(answer(400, Optional.empty(), Optional.empty(), "{\"error\":\"Payload too large\"}"));

        assertThat(((Rejected) classified).reason())
                .contains("segment 'analytics'")
                .contains(DestinationFixtures.SHOP)
                .contains(DestinationFixtures.ORDER_ID)
                .contains("HTTP 400")
                .contains("Payload too large");
    }

    @Test
    void tellsToFixTheCredentialWhenSegmentRefusesTheWriteKey() {
        DeliveryOutcome classified = outcomeOf(answer(401, Optional.empty(), Optional.empty(), ""));

        assertThat(((RetryLater) classified).reason())
                .contains("write key")
                .contains("credentialsRef")
                .contains(DestinationFixtures.SHOP);
        assertThat(((RetryLater) classified).delay()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: Retry-After {1}, X-RateLimit-Reset {2} -> {3} s")
    @CsvSource({
        "429, 30, , 30",
        "429, , 12, 12",
        "429, 5, 20, 20",
        "429, 40, 20, 40",
        "429, 'Tue, 24 Nov 2026 12:01:00 GMT', , 60",
        "429, , 1795521690, 90",
        "429, , 1795521000, 0",
        "503, 120, , 120",
        "500, , 7, 7"
    })
    void waitsAsLongAsTheLongerOfSegmentsTwoRateLimitHeadersSays(
            int status, String retryAfter, String reset, long seconds) {
        DeliveryOutcome classified =
                outcomeOf(answer(status, Optional.ofNullable(retryAfter), Optional.ofNullable(reset), ""));

        assertThat(((RetryLater) classified).delay()).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @CsvSource({"429, soon, later", "503, '', ''", "429, -5, 1.5"})
    void fallsBackToTheWorkersBackOffWhenNeitherHeaderIsReadable(int status, String retryAfter, String reset) {
        DeliveryOutcome classified = outcomeOf(answer(status, Optional.of(retryAfter), Optional.of(reset), ""));

        assertThat(((RetryLater) classified).delay()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("failures")
    void retriesEveryFailureToGetAnAnswerHoldingBackTheWholeEndpoint(IOException failure, String reason) {
        DeliveryOutcome classified = classifier.classify(failure, 1).outcomeFor(attempt, Duration.ZERO);

        assertThat(classified).isInstanceOf(RetryLater.class);
        assertThat(((RetryLater) classified).scope()).isEqualTo(FailureScope.ENDPOINT);
        assertThat(((RetryLater) classified).reason()).contains(reason).contains(DestinationFixtures.ORDER_ID);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new ConnectTimeoutException("connect timed out"), "timed out"),
                Arguments.of(new SocketTimeoutException("Read timed out"), "did not answer in time"),
                Arguments.of(new ConnectException("Connection refused"), "refused the connection"),
                Arguments.of(new SocketException("Connection reset"), "connection to Segment failed"),
                Arguments.of(new NoHttpResponseException("failed to respond"), "without answering"),
                Arguments.of(new SSLHandshakeException("PKIX path building failed"), "TLS"),
                Arguments.of(new UnknownHostException("api.segment.io"), "did not resolve"),
                Arguments.of(new IOException("something else"), "IOException"));
    }

    @Test
    void reportsTheStatusAndTimeOfAnAcceptedRequest() {
        DeliveryOutcome classified = classifier
                .classify(answer(200, Optional.empty(), Optional.empty(), "{\"success\":true}"), 3)
                .outcomeFor(attempt, Duration.ofMillis(42));

        assertThat(classified).isEqualTo(new Delivered(200, Duration.ofMillis(42)));
    }

    @Test
    void saysHowManyEventsTheFailedRequestCarried() {
        DeliveryOutcome classified = classifier
                .classify(answer(503, Optional.empty(), Optional.empty(), ""), 12)
                .outcomeFor(attempt, Duration.ZERO);

        assertThat(((RetryLater) classified).reason()).contains("503 to a batch of 12 events");
    }

    private DeliveryOutcome outcomeOf(SegmentResponse response) {
        return classifier.classify(response, 1).outcomeFor(attempt, Duration.ZERO);
    }

    private static SegmentResponse answer(
            int status, Optional<String> retryAfter, Optional<String> reset, String excerpt) {
        return new SegmentResponse(status, retryAfter, reset, excerpt);
    }
}
