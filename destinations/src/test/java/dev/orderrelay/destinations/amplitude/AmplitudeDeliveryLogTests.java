package dev.orderrelay.destinations.amplitude;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.destinations.PeerAnswer;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.RetryLater;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class AmplitudeDeliveryLogTests {

    private final Logger logger = (Logger) LoggerFactory.getLogger(AmplitudeDestination.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private ScriptedPeer peer;
    private AmplitudeDestination destination;

    @BeforeEach
    void start() {
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        peer = ScriptedPeer.start();
        destination = AmplitudeTestTargets.destinationAt(peer, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        destination.close();
        peer.close();
        logger.detachAppender(appender);
        logger.setLevel(null);
    }

    @Test
    void warnsOfAThrottledEventWithItsIdsAndScopeAsKeyValuePairs() {
        peer.then(PeerAnswer.status(429)
                .withBody("{\"code\":429,\"throttled_users\":{\"7712340000000001\":45},\"throttled_events\":[0]}"));

        destination.send(DestinationFixtures.purchaseJpy(), AmplitudeTestTargets.target());

        ILoggingEvent warning = appender.list.stream()
                .filter(event -> event.getLevel() == Level.WARN)
                .findFirst()
                .orElseThrow();
        assertThat(warning.getFormattedMessage()).contains("429", "5820982911946154509");
        assertThat(keyValues(warning))
                .contains(
                        "shop=tokyo-tea.myshopify.com",
                        "orderId=5820982911946154509",
                        "destination=" + AmplitudeTestTargets.DESTINATION,
                        "status=429",
                        "scope=EVENT",
                        "retryAfterMs=30000");
    }

    @Test
    void neverLogsOrReasonsWithTheApiKeyTheBodyOrTheBuyersIds() {
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        List<OutboundEvent> events = List.of(DestinationFixtures.purchaseEur(), DestinationFixtures.purchaseJpy());
        peer.then(
                ScriptedPeer.OK,
                PeerAnswer.status(400)
                        .withBody("{\"code\":400,\"error\":\"Invalid API key: " + AmplitudeTestTargets.API_KEY + "\"}"),
                PeerAnswer.status(400)
                        .withBody("{\"code\":400,\"error\":\"Invalid field values on some events\","
                                + "\"events_with_invalid_fields\":{\"user_id\":[1]}}"),
                PeerAnswer.status(429)
                        .withBody("{\"code\":429,\"throttled_devices\":{\"b7e2d9c4-1a3f-4e5b-9c8d-7f6e5d4c3b2a\":31}}"),
                PeerAnswer.status(503).withBody("{\"error\":\"" + AmplitudeTestTargets.API_KEY + "\"}"));
        for (int i = 0; i < 5; i++) {
            outcomes.addAll(destination.sendAll(events, AmplitudeTestTargets.target()));
        }

        assertThat(appender.list).hasSizeGreaterThanOrEqualTo(10);
        Stream<String> logged = appender.list.stream()
                .flatMap(event -> Stream.concat(Stream.of(event.getFormattedMessage()), keyValues(event).stream()));
        Stream<String> reasons = outcomes.stream().map(outcome -> switch (outcome) {
            case Rejected rejected -> rejected.reason();
            case RetryLater retry -> retry.reason();
            default -> "";
        });
        assertThat(Stream.concat(logged, reasons).toList())
                .allSatisfy(line -> assertThat(line)
                        .doesNotContain(AmplitudeTestTargets.API_KEY)
                        .doesNotContain("7712340000000001")
                        .doesNotContain("b7e2d9c4-1a3f-4e5b-9c8d-7f6e5d4c3b2a")
                        .doesNotContain("SKU-TEE-BLK-M")
                        .doesNotContain("Black tee"));
    }

    private static List<String> keyValues(ILoggingEvent event) {
        return event.getKeyValuePairs() == null
                ? List.of()
                : event.getKeyValuePairs().stream()
                        .map(pair -> pair.key + "=" + pair.value)
                        .toList();
    }
}
