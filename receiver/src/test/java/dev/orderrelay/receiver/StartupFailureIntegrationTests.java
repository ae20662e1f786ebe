package dev.orderrelay.receiver;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A receiver that cannot work refuses to start, and says which property to fix. */
class StartupFailureIntegrationTests {

    @Test
    void refusesToStartWithoutTheAppSecret() {
        Map<String, Object> properties = ReceiverTestStack.properties();
        properties.remove("relay.shopify.app-secret");
        properties.remove("relay.shopify.previous-app-secret");

        assertThatThrownBy(() -> start(properties)).hasStackTraceContaining("relay.shopify.app-secret is not set");
    }

    @Test
    void refusesToStartWhenTheIngestQueueDoesNotExist() {
        Map<String, Object> properties = ReceiverTestStack.properties();
        properties.put("relay.receiver.ingest-queue", "no-such-queue");

        assertThatThrownBy(() -> start(properties))
                .hasStackTraceContaining("relay.receiver.ingest-queue: cannot resolve queue 'no-such-queue'");
    }

    @Test
    void refusesToStartWhenTheEventBridgeQueueDoesNotExist() {
        Map<String, Object> properties = ReceiverTestStack.properties();
        properties.put("relay.receiver.eventbridge.enabled", "true");
        properties.put("relay.receiver.eventbridge.queue", "no-such-eventbridge-queue");

        assertThatThrownBy(() -> start(properties))
                .hasStackTraceContaining(
                        "relay.receiver.eventbridge.queue: cannot resolve queue 'no-such-eventbridge-queue'");
    }

    private static void start(Map<String, Object> properties) {
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("spring.main.banner-mode", "off");
        new SpringApplicationBuilder(ReceiverApplication.class)
                .properties(properties)
                .run()
                .close();
    }
}
