package dev.orderrelay.devstack.store;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which topics the receiver is still subscribed to. Shopify deletes an Admin-API subscription after a run of failed
 * deliveries; a single acked delivery ends the run.
 */
final class TopicSubscriptions {

    private final int removalThreshold;
    private final Map<WebhookTopic, Integer> consecutiveFailures = new EnumMap<>(WebhookTopic.class);
    private final Set<WebhookTopic> removed = EnumSet.noneOf(WebhookTopic.class);

    TopicSubscriptions(int removalThreshold) {
        this.removalThreshold = removalThreshold;
    }

    synchronized boolean isSubscribed(WebhookTopic topic) {
        return !removed.contains(topic);
    }

    synchronized void delivered(WebhookTopic topic) {
        consecutiveFailures.put(topic, 0);
    }

    /** Records a failed delivery; true if it was the one that got the subscription removed. */
    synchronized boolean deliveryFailed(WebhookTopic topic) {
        int failures = consecutiveFailures.merge(topic, 1, Integer::sum);
        if (failures >= removalThreshold && !removed.contains(topic)) {
            removed.add(topic);
            return true;
        }
        return false;
    }

    synchronized void resubscribe(WebhookTopic topic) {
        removed.remove(topic);
        consecutiveFailures.put(topic, 0);
    }
}
