package dev.orderrelay.destinations.ga4;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.FailureScope;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.RetryLater;
import dev.orderrelay.destinations.SettableClock;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
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

/** The table of what GA4's answers mean, and the scope of each retry: GA4 is one endpoint shared by every shop. */
class Ga4OutcomeClassifierTests {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final Ga4Attempt ATTEMPT =
            new Ga4Attempt(DestinationFixtures.purchaseEur(), Ga4TestTargets.target());

    private final Ga4OutcomeClassifier classifier = new Ga4OutcomeClassifier(new SettableClock(NOW));

    @ParameterizedTest
    @CsvSource({
        "200, Delivered, ",
        "204, Delivered, ",
        "408, RetryLater, ENDPOINT",
        "429, RetryLater, ENDPOINT",
        "500, RetryLater, ENDPOINT",
        "502, RetryLater, ENDPOINT",
        "503, RetryLater, ENDPOINT",
        "301, Rejected, ",
        "307, Rejected, ",
        "400, Rejected, ",
        "401, Rejected, ",
        "403, Rejected, ",
        "404, Rejected, ",
        "413, Rejected, ",
        "199, RetryLater, ENDPOINT"
    })
    void classifiesEachStatus(int status, String expected, FailureScope scope) {
        DeliveryOutcome outcome =
                classifier.classify(answer(status, Optional.empty(), ""), Duration.ofMillis(5), ATTEMPT, "GA4");

        assertThat(outcome.getClass().getSimpleName()).isEqualTo(expected);
        if (outcome instanceof RetryLater retry) {
            assertThat(retry.scope()).isEqualTo(scope);
        }
        if (!(outcome instanceof Delivered)) {
            assertThat(reason(outcome))
                    .contains(Integer.toString(status))
                    .contains(DestinationFixtures.SHOP)
                    .contains(DestinationFixtures.ORDER_ID);
        }
    }

    @Test
    void honoursRetryAfterInSecondsAndAsADate() {
        RetryLater seconds =
                (RetryLater) classifier.classify(answer(429, Optional.of("12"), ""), Duration.ZERO, ATTEMPT, "GA4");
        RetryLater date = (RetryLater) classifier.classify(
                answer(503, Optional.of("Tue, 24 Nov 2026 12:01:00 GMT"), ""), Duration.ZERO, ATTEMPT, "GA4");

        assertThat(seconds.delay()).contains(Duration.ofSeconds(12));
        assertThat(date.delay()).contains(Duration.ofMinutes(1));
    }

    @Test
    void quotesTheStartOfARefusalsAnswerFlattened() {
        DeliveryOutcome outcome = classifier.classify(
                answer(400, Optional.empty(), "{\"error\":\n\"bad\"}" + "x".repeat(1000)),
                Duration.ZERO,
                ATTEMPT,
                "GA4");

        assertThat(reason(outcome))
                .contains("GA4 answered HTTP 400: {\"error\": \"bad\"}")
                .endsWith("…");
        assertThat(reason(outcome).length()).isLessThan(500);
    }

    @ParameterizedTest
    @MethodSource("failures")
    void retriesTheEndpointLaterInItsOwnWordsWhenNoAnswerCame(IOException failure, String words) {
        RetryLater retry = (RetryLater) classifier.failed(failure, ATTEMPT, "GA4");

        assertThat(retry.scope()).isEqualTo(FailureScope.ENDPOINT);
        assertThat(retry.delay()).isEmpty();
        assertThat(retry.reason()).contains(words).doesNotContain("api_secret").doesNotContain("LEAK");
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new UnknownHostException("LEAK www.google-analytics.com"), "did not resolve"),
                Arguments.of(
                        new ConnectTimeoutException("LEAK /mp/collect?api_secret=x"), "connecting to GA4 timed out"),
                Arguments.of(new SocketTimeoutException("LEAK"), "GA4 did not answer in time"),
                Arguments.of(new ConnectException("LEAK"), "GA4 refused the connection"),
                Arguments.of(new SSLHandshakeException("LEAK"), "TLS handshake with GA4 failed"),
                Arguments.of(new NoHttpResponseException("LEAK"), "closed the connection without answering"),
                Arguments.of(new IOException("LEAK"), "sending to GA4 failed"));
    }

    private static Ga4Response answer(int status, Optional<String> retryAfter, String body) {
        return new Ga4Response(status, retryAfter, body, false);
    }

    private static String reason(DeliveryOutcome outcome) {
        return switch (outcome) {
            case Rejected rejected -> rejected.reason();
            case RetryLater retry -> retry.reason();
            case Delivered delivered -> "";
        };
    }
}
