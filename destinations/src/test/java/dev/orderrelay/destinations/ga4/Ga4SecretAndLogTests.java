package dev.orderrelay.destinations.ga4;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.DestinationSecret;
import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.PeerAnswer;
import dev.orderrelay.destinations.RecordingPeer;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.RetryLater;
import dev.orderrelay.destinations.SettableClock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The API secret travels in the query string, so it is one careless URI away from a reason or a log line: neither may
 * ever carry it, nor the client or user ids, nor anything about the customer.
 */
class Ga4SecretAndLogTests {

    private static final String GA_CLIENT_ID = "1234567890.1732442130";

    private final Logger logger = (Logger) LoggerFactory.getLogger(Ga4Destination.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final SettableClock clock = new SettableClock(DestinationFixtures.OCCURRED_AT.plus(Duration.ofHours(1)));
    private final List<String> reasons = new ArrayList<>();
    private RecordingPeer peer;
    private Ga4Destination destination;

    @BeforeEach
    void start() {
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        peer = RecordingPeer.start();
        destination = Ga4TestTargets.destinationAt(peer, clock);
    }

    @AfterEach
    void stop() {
        destination.close();
        peer.close();
        logger.detachAppender(appender);
        logger.setLevel(null);
    }

    @Test
    void scrubsTheSecretFromAnAnswerThatEchoesTheRequestedUrl() {
        String echoed = "Not found: /mp/collect?measurement_id=G-TEST12345&api_secret=" + Ga4TestTargets.API_SECRET;
        peer.answer(PeerAnswer.status(404).withBody(echoed));

        String reason = reason(destination.send(DestinationFixtures.purchaseEur(), Ga4TestTargets.target()));

        assertThat(reason).contains("HTTP 404").contains("api_secret=****").doesNotContain(Ga4TestTargets.API_SECRET);
    }

    @Test
    void scrubsTheUrlEncodedSecretToo() {
        String secret = "a+b/c=d&e";
        String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        peer.answer(PeerAnswer.status(400).withBody("bad request for api_secret=" + encoded));

        String reason = reason(destination.send(
                DestinationFixtures.purchaseEur(), Ga4TestTargets.target(DestinationSecret.of(secret))));

        assertThat(peer.requests().getFirst().path()).endsWith("&api_secret=" + encoded);
        assertThat(reason).contains("api_secret=****").doesNotContain(encoded).doesNotContain(secret);
    }

    @Test
    void neverPutsTheSecretTheClientOrTheCustomerInAReasonOrALogLine() {
        for (PeerAnswer answer : List.of(
                PeerAnswer.status(204),
                PeerAnswer.status(503).withBody("unavailable"),
                PeerAnswer.status(400).withBody("{\"error\":\"bad\"}"),
                PeerAnswer.status(302).withHeader("Location", "https://elsewhere.example/"),
                PeerAnswer.status(200)
                        .withBody("{\"validationMessages\":[{\"fieldPath\":\"events\","
                                + "\"description\":\"bad\",\"validationCode\":\"VALUE_INVALID\"}]}"))) {
            peer.answer(answer);
            send(Ga4TestTargets.target());
            send(Ga4TestTargets.target("validate", "true"));
        }
        peer.close();
        send(Ga4TestTargets.target());

        assertThat(reasons).hasSizeGreaterThanOrEqualTo(8);
        assertThat(appender.list).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Stream.concat(reasons.stream(), logLines()))
                .allSatisfy(line -> assertThat(line)
                        .doesNotContain(Ga4TestTargets.API_SECRET)
                        .doesNotContain("api_secret")
                        .doesNotContain(GA_CLIENT_ID)
                        .doesNotContain("1732442130")
                        .doesNotContain(DestinationFixtures.CUSTOMER_EMAIL));
    }

    @Test
    void warnsOfARetryWithTheIdsTheStatusAndTheScope() {
        peer.answerStatus(503);

        destination.send(DestinationFixtures.purchaseEur(), Ga4TestTargets.target());

        ILoggingEvent warning = appender.list.stream()
                .filter(event -> event.getLevel() == Level.WARN)
                .findFirst()
                .orElseThrow();
        assertThat(warning.getFormattedMessage()).contains("503").contains(DestinationFixtures.ORDER_ID);
        assertThat(keyValues(warning))
                .contains(
                        "shop=" + DestinationFixtures.SHOP,
                        "orderId=" + DestinationFixtures.ORDER_ID,
                        "event=purchase",
                        "destination=analytics",
                        "status=503",
                        "scope=ENDPOINT");
    }

    private void send(DestinationTarget target) {
        DeliveryOutcome outcome = destination.send(DestinationFixtures.purchaseEur(), target);
        if (!(outcome instanceof Delivered)) {
            reasons.add(reason(outcome));
        }
    }

    private Stream<String> logLines() {
        return appender.list.stream()
                .flatMap(event -> Stream.concat(Stream.of(event.getFormattedMessage()), keyValues(event).stream()));
    }

    private static List<String> keyValues(ILoggingEvent event) {
        return event.getKeyValuePairs() == null
                ? List.of()
                : event.getKeyValuePairs().stream()
                        .map(pair -> pair.key + "=" + pair.value)
                        .toList();
    }

    private static String reason(DeliveryOutcome outcome) {
        return switch (outcome) {
            case Rejected rejected -> rejected.reason();
            case RetryLater retry -> retry.reason();
            case Delivered delivered -> throw new AssertionError("expected a failure, got " + delivered);
        };
    }
}
