package dev.orderrelay.receiver.eventbridge;

import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.receiver.ReceiverTestStack;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a receiver with the EventBridge ingest on straight at the shared devstack, not through the fault proxies other
 * receiver tests cut: its listener keeps polling for as long as its cached context lives, and must not see their
 * faults.
 */
class DirectDevstack implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static Devstack devstack() {
        return ReceiverTestStack.devstack();
    }

    /** The devstack, the app secret, the EventBridge ingest on; {@code extra} on top. */
    static Map<String, Object> properties(Map<String, Object> extra) {
        Map<String, Object> properties = new LinkedHashMap<>(devstack().springCloudAwsProperties());
        properties.put("relay.shopify.app-secret", ReceiverTestStack.CURRENT_SECRET);
        properties.put("relay.receiver.eventbridge.enabled", "true");
        properties.putAll(extra);
        return properties;
    }

    /** Extra properties of a subclass's context. */
    Map<String, Object> extra() {
        return Map.of();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("eventbridge-test-devstack", properties(extra())));
    }
}
