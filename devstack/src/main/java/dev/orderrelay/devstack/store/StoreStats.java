package dev.orderrelay.devstack.store;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counters of the simulated store at one moment.
 *
 * @param ordersCreated orders created, automatically or on demand
 * @param byTopic delivery counters per topic
 */
public record StoreStats(long ordersCreated, Map<WebhookTopic, TopicStats> byTopic) {

    public StoreStats {
        // Topic order, so toString and iteration read the same way every time.
        byTopic = byTopic.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byTopic));
    }

    public TopicStats topic(WebhookTopic topic) {
        return byTopic.getOrDefault(topic, TopicStats.NONE);
    }

    /** The delivery counters summed over every topic. */
    public TopicStats total() {
        return byTopic.values().stream().reduce(TopicStats.NONE, TopicStats::plus);
    }
}
