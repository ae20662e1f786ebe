package dev.orderrelay.destinations.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.RecordingPeer;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class WebhookDeliveryLogTests {

    private final Logger logger = (Logger) LoggerFactory.getLogger(WebhookDestination.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private RecordingPeer peer;
    private WebhookDestination destination;

    @BeforeEach
    void start() {
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        peer = RecordingPeer.start();
        destination = new WebhookDestination(
                WebhookDestinationSettings.defaults().withAllowedTargets(Set.of("127.0.0.1")), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        destination.close();
        peer.close();
        logger.detachAppender(appender);
        logger.setLevel(null);
    }

    @Test
    void warnsOfARetryableFailureWithTheIdsAsKeyValuePairs() {
        peer.answerStatus(503);

        destination.send(DestinationFixtures.purchase(), DestinationFixtures.webhookTarget(peer.url()));

        ILoggingEvent warning = appender.list.stream()
                .filter(event -> event.getLevel() == Level.WARN)
                .findFirst()
                .orElseThrow();
        assertThat(warning.getFormattedMessage()).contains("503").contains(DestinationFixtures.ORDER_ID);
        assertThat(keyValues(warning))
                .contains(
                        "shop=" + DestinationFixtures.SHOP,
                        "orderId=" + DestinationFixtures.ORDER_ID,
                        "destination=ops-webhook",
                        "status=503");
    }

    @Test
    void neverLogsTheBodyTheSecretTheSignatureOrCustomerData() {
        for (int status : new int[] {200, 503, 400}) {
            peer.answerStatus(status);
            destination.send(DestinationFixtures.purchase(), DestinationFixtures.webhookTarget(peer.url()));
        }

        String signature =
                peer.requests().getFirst().header("webhook-signature").substring(3);
        assertThat(appender.list).hasSizeGreaterThanOrEqualTo(6);
        assertThat(appender.list)
                .flatMap(event -> Stream.concat(Stream.of(event.getFormattedMessage()), keyValues(event).stream())
                        .toList())
                .allSatisfy(line -> assertThat(line)
                        .doesNotContain(DestinationFixtures.WEBHOOK_SECRET.substring(6))
                        .doesNotContain(signature)
                        .doesNotContain(DestinationFixtures.CUSTOMER_EMAIL)
                        .doesNotContain("SKU-TEE-BLK-M"));
    }

    private static List<String> keyValues(ILoggingEvent event) {
        return event.getKeyValuePairs() == null
                ? List.of()
                : event.getKeyValuePairs().stream()
                        .map(pair -> pair.key + "=" + pair.value)
                        .toList();
    }
}
