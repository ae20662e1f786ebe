package dev.orderrelay.destinations.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.PeerAnswer;
import dev.orderrelay.destinations.RecordingPeer;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.RetryLater;
import dev.orderrelay.destinations.SettableClock;
import dev.orderrelay.destinations.http.ResponseExcerpt;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The outcome table, end to end over HTTP: what each kind of answer, or none, comes to. */
class WebhookOutcomeTests {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(300);

    private RecordingPeer peer;
    private WebhookDestination destination;

    @BeforeEach
    void start() {
        peer = RecordingPeer.start();
        destination = new WebhookDestination(
                WebhookDestinationSettings.defaults()
                        .withTimeouts(Duration.ofSeconds(2), RESPONSE_TIMEOUT)
                        .withAllowedTargets(Set.of("127.0.0.1")),
                new SettableClock(NOW));
    }

    @AfterEach
    void stop() {
        destination.close();
        peer.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 202, 204})
    void deliversOnAny2xx(int status) {
        peer.answerStatus(status);

        DeliveryOutcome outcome = send();

        assertThat(outcome).isInstanceOf(Delivered.class);
        assertThat(((Delivered) outcome).status()).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 425, 429, 500, 502, 503, 504})
    void retriesLaterOnAnAnswerThatMayPass(int status) {
        peer.answerStatus(status);

        DeliveryOutcome outcome = send();

        assertThat(outcome).isInstanceOf(RetryLater.class);
        assertThat(((RetryLater) outcome).delay()).isEmpty();
        assertThat(((RetryLater) outcome).reason()).contains("HTTP " + status);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 410, 413, 422})
    void rejectsAClientErrorWithTheReceiversWords(int status) {
        peer.answer(PeerAnswer.status(status).withBody("{\"error\":\"unknown shop\"}"));

        DeliveryOutcome outcome = send();

        assertThat(outcome).isInstanceOf(Rejected.class);
        assertThat(((Rejected) outcome).reason())
                .contains("HTTP " + status)
                .contains("unknown shop")
                .contains("ops-webhook");
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 307, 308})
    void rejectsARedirect(int status) {
        peer.answer(PeerAnswer.status(status).withHeader("Location", "https://elsewhere.example/hooks"));

        DeliveryOutcome outcome = send();

        assertThat(outcome).isInstanceOf(Rejected.class);
        assertThat(((Rejected) outcome).reason()).contains("HTTP " + status).contains("redirect");
    }

    @Test
    void honoursRetryAfterInSeconds() {
        peer.answer(PeerAnswer.status(429).withHeader("Retry-After", "120"));

        assertThat(((RetryLater) send()).delay()).contains(Duration.ofSeconds(120));
    }

    @Test
    void honoursRetryAfterAsAnHttpDate() {
        String inNinetySeconds =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(90).atZone(ZoneOffset.UTC));
        peer.answer(PeerAnswer.status(503).withHeader("Retry-After", inNinetySeconds));

        assertThat(((RetryLater) send()).delay()).contains(Duration.ofSeconds(90));
    }

    @Test
    void retriesLaterWithinTheResponseTimeoutWhenTheReceiverHangs() {
        peer.hang();
        long started = System.nanoTime();

        DeliveryOutcome outcome = send();

        assertThat(outcome).isInstanceOf(RetryLater.class);
        assertThat(((RetryLater) outcome).reason()).contains("did not answer in time");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(RESPONSE_TIMEOUT.plusSeconds(3));
    }

    @Test
    void retriesLaterWhenNothingListens() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        DeliveryOutcome outcome = destination.send(
                DestinationFixtures.purchase(),
                DestinationFixtures.webhookTarget("http://127.0.0.1:" + closedPort + "/events"));

        assertThat(outcome).isInstanceOf(RetryLater.class);
        assertThat(((RetryLater) outcome).reason()).contains("refused the connection");
    }

    @Test
    void cutsALongAnswerToAShortExcerpt() {
        peer.answer(PeerAnswer.status(422).withBody("x".repeat(20_000)));

        String reason = ((Rejected) send()).reason();

        assertThat(reason).endsWith("…").contains("x".repeat(ResponseExcerpt.MAX_CHARS));
        assertThat(reason).doesNotContain("x".repeat(ResponseExcerpt.MAX_CHARS + 1));
    }

    private DeliveryOutcome send() {
        return destination.send(DestinationFixtures.purchase(), DestinationFixtures.webhookTarget(peer.url()));
    }
}
