package dev.orderrelay.devstack.store;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe counters behind {@link StoreStats}. */
final class StoreCounters {

    private final LongAdder ordersCreated = new LongAdder();
    private final Map<WebhookTopic, TopicCounters> byTopic = new EnumMap<>(WebhookTopic.class);

    StoreCounters() {
        for (WebhookTopic topic : WebhookTopic.values()) {
            byTopic.put(topic, new TopicCounters());
        }
    }

    void orderCreated() {
        ordersCreated.increment();
    }

    void attempted(WebhookTopic topic, boolean retry) {
        TopicCounters counters = byTopic.get(topic);
        counters.attempts.increment();
        if (retry) {
            counters.retried.increment();
        }
    }

    void acked(WebhookTopic topic) {
        byTopic.get(topic).acked.increment();
    }

    void duplicateSent(WebhookTopic topic) {
        byTopic.get(topic).duplicates.increment();
    }

    void failed(WebhookTopic topic) {
        byTopic.get(topic).failed.increment();
    }

    void notSent(WebhookTopic topic) {
        byTopic.get(topic).notSent.increment();
    }

    void lost(WebhookTopic topic) {
        byTopic.get(topic).lost.increment();
    }

    StoreStats snapshot() {
        Map<WebhookTopic, TopicStats> topics = new EnumMap<>(WebhookTopic.class);
        byTopic.forEach((topic, counters) -> topics.put(topic, counters.snapshot()));
        return new StoreStats(ordersCreated.sum(), topics);
    }

    private static final class TopicCounters {
        final LongAdder attempts = new LongAdder();
        final LongAdder acked = new LongAdder();
        final LongAdder retried = new LongAdder();
        final LongAdder duplicates = new LongAdder();
        final LongAdder failed = new LongAdder();
        final LongAdder notSent = new LongAdder();
        final LongAdder lost = new LongAdder();

        TopicStats snapshot() {
            return new TopicStats(
                    attempts.sum(),
                    acked.sum(),
                    retried.sum(),
                    duplicates.sum(),
                    failed.sum(),
                    notSent.sum(),
                    lost.sum());
        }
    }
}
