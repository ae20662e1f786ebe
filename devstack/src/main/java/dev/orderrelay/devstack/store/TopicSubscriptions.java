package dev.orderrelay.devstack.store;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shop's live webhook subscriptions, at most one per topic. Every topic starts subscribed to the configured
 * webhook URL. Shopify deletes a subscription after a run of failed deliveries (a single acked delivery ends the run);
 * tests and the Admin API can delete and create them too. A new subscription always gets a new id.
 */
final class TopicSubscriptions {

    /** What {@link #create} did: the new subscription, or why there is none. */
    record Creation(Optional<StoreSubscription> created, Optional<String> error) {}

    static final String ADDRESS_TAKEN = "Address for this topic has already been taken";

    // Shopify's subscription ids are large; ours start at a made-up one.
    private static final long FIRST_ID = 1_447_000_000L;

    private final int removalThreshold;
    private final URI defaultUri;
    private final Map<WebhookTopic, StoreSubscription> live = new EnumMap<>(WebhookTopic.class);
    private final Map<WebhookTopic, Integer> consecutiveFailures = new EnumMap<>(WebhookTopic.class);
    private long lastId = FIRST_ID;

    TopicSubscriptions(int removalThreshold, URI defaultUri) {
        this.removalThreshold = removalThreshold;
        this.defaultUri = defaultUri;
        for (WebhookTopic topic : WebhookTopic.values()) {
            subscribe(topic, defaultUri);
        }
    }

    synchronized boolean isSubscribed(WebhookTopic topic) {
        return live.containsKey(topic);
    }

    /** Where a delivery of {@code topic} goes now, empty if the topic has no subscription. */
    synchronized Optional<URI> uri(WebhookTopic topic) {
        return Optional.ofNullable(live.get(topic)).map(StoreSubscription::uri);
    }

    synchronized List<StoreSubscription> list() {
        return List.copyOf(live.values());
    }

    synchronized void delivered(WebhookTopic topic) {
        consecutiveFailures.put(topic, 0);
    }

    /** Records a failed delivery; true if it was the one that got the subscription removed. */
    synchronized boolean deliveryFailed(WebhookTopic topic) {
        int failures = consecutiveFailures.merge(topic, 1, Integer::sum);
        if (failures >= removalThreshold && live.containsKey(topic)) {
            live.remove(topic);
            return true;
        }
        return false;
    }

    /** Subscribes {@code topic} to the configured URL again if it was removed, and clears its run of failures. */
    synchronized void resubscribe(WebhookTopic topic) {
        if (!live.containsKey(topic)) {
            subscribe(topic, defaultUri);
        }
        consecutiveFailures.put(topic, 0);
    }

    /** Deletes the topic's subscription; false if there was none. */
    synchronized boolean delete(WebhookTopic topic) {
        return live.remove(topic) != null;
    }

    /**
     * Subscribes {@code topic} to {@code uri}, as {@code webhookSubscriptionCreate} does. The store keeps one
     * subscription per topic, so a second one is refused: with Shopify's message when the address is the same.
     */
    synchronized Creation create(WebhookTopic topic, URI uri) {
        StoreSubscription existing = live.get(topic);
        if (existing != null) {
            String error = existing.uri().equals(uri)
                    ? ADDRESS_TAKEN
                    : "The simulated store keeps one subscription per topic; " + topic.graphqlName()
                            + " is already subscribed at another address";
            return new Creation(Optional.empty(), Optional.of(error));
        }
        consecutiveFailures.put(topic, 0);
        return new Creation(Optional.of(subscribe(topic, uri)), Optional.empty());
    }

    private StoreSubscription subscribe(WebhookTopic topic, URI uri) {
        StoreSubscription subscription = new StoreSubscription(++lastId, topic, uri);
        live.put(topic, subscription);
        return subscription;
    }
}
