package dev.orderrelay.reconciler.subscriptions;

import dev.orderrelay.reconciler.ReconcilerProperties;
import dev.orderrelay.reconciler.source.ShopSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Re-creates the webhook subscriptions Shopify deleted (after 8 consecutive failed deliveries, or by hand): a
 * removed subscription once cost days of orders. Without a configured {@code relay.reconciler.webhook-uri} it only
 * reports what is missing. The orders that fired while a topic was unsubscribed are found by the hour checks.
 */
@Component
public class SubscriptionHealth {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionHealth.class);

    private final ReconcilerProperties properties;

    public SubscriptionHealth(ReconcilerProperties properties) {
        this.properties = properties;
    }

    /** Checks {@code shop}; returns the topics it re-created. Missing topics it could not re-create are thrown. */
    public List<String> check(String shop, ShopSource source) {
        Set<String> live = source.subscribedTopics(properties.requiredTopics());
        List<String> missing = properties.requiredTopics().stream()
                .filter(topic -> !live.contains(topic))
                .toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        if (properties.webhookUri() == null) {
            throw new IllegalStateException("shop " + shop + " has no webhook subscription for " + missing
                    + "; set relay.reconciler.webhook-uri so the reconciler re-creates them");
        }
        List<String> created = new ArrayList<>();
        for (String topic : missing) {
            source.subscribe(topic, properties.webhookUri().toString());
            log.warn("webhook subscription re-created shop={} topic={}", shop, topic);
            created.add(topic);
        }
        return created;
    }
}
