package dev.orderrelay.destinations.segment;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.PeerAnswer;
import dev.orderrelay.destinations.RecordingPeer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SegmentDeliveryLogTests {

    private final Logger logger = (Logger) LoggerFactory.getLogger(SegmentDestination.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private RecordingPeer peer;
    private SegmentDestination destination;

    @BeforeEach
    void start() {
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        peer = RecordingPeer.start();
        destination = new SegmentDestination(SegmentTargets.settingsAt(peer), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        destination.close();
        peer.close();
        logger.detachAppender(appender);
        logger.setLevel(null);
    }

    @Test
    void warnsOfARetryableFailureWithTheIdsAndScopeAsKeyValuePairs() {
        peer.answerStatus(503);

        destination.send(DestinationFixtures.purchaseEur(), SegmentTargets.target(Map.of()));

        ILoggingEvent warning = appender.list.stream()
                .filter(event -> event.getLevel() == Level.WARN)
                .findFirst()
                .orElseThrow();
        assertThat(warning.getFormattedMessage()).contains("503");
        assertThat(keyValues(warning))
                .contains(
                        "shop=" + DestinationFixtures.SHOP,
                        "orderId=" + DestinationFixtures.ORDER_ID,
                        "event=purchase",
                        "destination=analytics",
                        "status=503",
                        "scope=ENDPOINT");
    }

    @Test
    void logsEachRejectedEventOfABatchWithItsOwnOrder() {
        peer.answer(PeerAnswer.status(400).withBody("{\"error\":\"Invalid JSON\"}"));

        destination.sendAll(
                List.of(DestinationFixtures.purchaseEur(), SegmentEvents.purchaseOfOrder("3003")),
                SegmentTargets.target(Map.of()));

        assertThat(appender.list.stream()
                        .filter(event -> event.getLevel() == Level.INFO)
                        .filter(event -> event.getFormattedMessage().startsWith("rejected"))
                        .flatMap(event -> keyValues(event).stream())
                        .filter(pair -> pair.startsWith("orderId=")))
                .containsExactly("orderId=" + DestinationFixtures.ORDER_ID, "orderId=3003");
    }

    @Test
    void neverLogsTheWriteKeyTheAuthorizationOrTheCall() {
        List<PeerAnswer> answers = List.of(
                PeerAnswer.status(200),
                PeerAnswer.status(503),
                PeerAnswer.status(401),
                PeerAnswer.status(429).withHeader("Retry-After", "3"),
                PeerAnswer.status(400).withBody("{\"error\":\"key " + SegmentTargets.WRITE_KEY + "\"}"));
        for (PeerAnswer answer : answers) {
            peer.answer(answer);
            destination.sendAll(
                    List.of(DestinationFixtures.purchaseJpy(), DestinationFixtures.refundPartialEur()),
                    SegmentTargets.target(Map.of()));
        }

        assertThat(appender.list).hasSizeGreaterThanOrEqualTo(10);
        assertThat(appender.list)
                .flatMap(event -> Stream.concat(Stream.of(event.getFormattedMessage()), keyValues(event).stream())
                        .toList())
                .allSatisfy(line -> assertThat(line)
                        .doesNotContain(SegmentTargets.WRITE_KEY)
                        .doesNotContain(SegmentTargets.BASIC_CREDENTIALS)
                        .doesNotContain("SKU-TEE-BLK-M")
                        .doesNotContain("SENCHA-100G")
                        .doesNotContain("a8f1c2d3-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
                        .doesNotContain("7712340000000001"));
    }

    private static List<String> keyValues(ILoggingEvent event) {
        return event.getKeyValuePairs() == null
                ? List.of()
                : event.getKeyValuePairs().stream()
                        .map(pair -> pair.key + "=" + pair.value)
                        .toList();
    }
}
