package dev.orderrelay.destinations.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.DestinationFixtures;
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
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins the one table from a receiver's answer, or the lack of one, to an outcome. */
class WebhookOutcomeClassifierTests {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private final WebhookOutcomeClassifier classifier = new WebhookOutcomeClassifier(Clock.fixed(NOW, ZoneOffset.UTC));
    private final DeliveryAttempt attempt =
            new DeliveryAttempt(DestinationFixtures.purchase(), DestinationFixtures.webhookTarget("http://x.example"));

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({
        "200, Delivered",
        "201, Delivered",
        "202, Delivered",
        "204, Delivered",
        "299, Delivered",
        "300, Rejected",
        "301, Rejected",
        "302, Rejected",
        "303, Rejected",
        "304, Rejected",
        "307, Rejected",
        "308, Rejected",
        "400, Rejected",
        "401, Rejected",
        "403, Rejected",
        "404, Rejected",
        "405, Rejected",
        "409, Rejected",
        "410, Rejected",
        "413, Rejected",
        "415, Rejected",
        "422, Rejected",
        "451, Rejected",
        "408, RetryLater",
        "425, RetryLater",
        "429, RetryLater",
        "500, RetryLater",
        "501, RetryLater",
        "502, RetryLater",
        "503, RetryLater",
        "504, RetryLater",
        "599, RetryLater",
        "100, RetryLater",
        "199, RetryLater",
        "600, RetryLater"
    })
    void mapsEachStatusToItsOutcome(int status, String outcome) {
        DeliveryOutcome classified =
                classifier.classify(new WebhookResponse(status, Optional.empty(), ""), Duration.ZERO, attempt);

        assertThat(classified.getClass().getSimpleName()).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("failures")
    void mapsEachFailureToGetAnAnswerToItsOutcome(IOException failure, Class<?> outcome, String reason) {
        DeliveryOutcome classified = classifier.classify(failure, attempt);

        assertThat(classified).isInstanceOf(outcome);
        assertThat(reasonOf(classified))
                .contains(reason)
                .contains("ops-webhook")
                .contains(DestinationFixtures.SHOP);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(
                        new TargetRefusedException("x.example", List.of("10.0.0.1 is private")),
                        Rejected.class,
                        "target address not allowed"),
                Arguments.of(new ConnectTimeoutException("connect timed out"), RetryLater.class, "timed out"),
                Arguments.of(new SocketTimeoutException("Read timed out"), RetryLater.class, "did not answer in time"),
                Arguments.of(new ConnectException("Connection refused"), RetryLater.class, "refused the connection"),
                Arguments.of(new SocketException("Connection reset"), RetryLater.class, "connection to the receiver"),
                Arguments.of(new NoHttpResponseException("failed to respond"), RetryLater.class, "without answering"),
                Arguments.of(new SSLHandshakeException("PKIX path building failed"), RetryLater.class, "TLS"),
                Arguments.of(new UnknownHostException("x.example"), RetryLater.class, "did not resolve"),
                Arguments.of(new IOException("something else"), RetryLater.class, "IOException"));
    }

    @ParameterizedTest(name = "Retry-After: {1} on {0}")
    @CsvSource({"429, 30, 30", "503, 120, 120", "503, 'Tue, 24 Nov 2026 12:01:00 GMT', 60", "500, 5, 5"})
    void honoursTheRetryAfterOfARetryableAnswer(int status, String retryAfter, long seconds) {
        DeliveryOutcome classified =
                classifier.classify(new WebhookResponse(status, Optional.of(retryAfter), ""), Duration.ZERO, attempt);

        assertThat(((RetryLater) classified).delay()).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @CsvSource({"429, soon", "503, ''"})
    void fallsBackToTheWorkersBackOffWhenRetryAfterIsUnreadable(int status, String retryAfter) {
        DeliveryOutcome classified =
                classifier.classify(new WebhookResponse(status, Optional.of(retryAfter), ""), Duration.ZERO, attempt);

        assertThat(((RetryLater) classified).delay()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"200", "204"})
    void reportsTheStatusAndTimeOfADelivery(int status) {
        DeliveryOutcome classified =
                classifier.classify(new WebhookResponse(status, Optional.empty(), ""), Duration.ofMillis(42), attempt);

        assertThat(classified).isEqualTo(new Delivered(status, Duration.ofMillis(42)));
    }

    private static String reasonOf(DeliveryOutcome outcome) {
        return switch (outcome) {
            case Delivered delivered -> "";
            case RetryLater retry -> retry.reason();
            case Rejected rejected -> rejected.reason();
        };
    }
}
