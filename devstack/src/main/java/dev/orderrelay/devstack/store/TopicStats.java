package dev.orderrelay.devstack.store;

/**
 * Delivery counters for one topic, or summed over topics.
 *
 * @param attempts HTTP attempts, retries included, duplicate sends excluded
 * @param acked deliveries that a 2xx answered
 * @param retried attempts that were retries
 * @param duplicatesSent extra sends of an already acked delivery
 * @param failed deliveries that failed on every attempt
 * @param notSent deliveries dropped because the subscription had been removed
 * @param lost deliveries never sent although subscribed: the webhook loss rate, or a test losing them on purpose
 */
public record TopicStats(
        long attempts, long acked, long retried, long duplicatesSent, long failed, long notSent, long lost) {

    static final TopicStats NONE = new TopicStats(0, 0, 0, 0, 0, 0, 0);

    TopicStats plus(TopicStats other) {
        return new TopicStats(
                attempts + other.attempts,
                acked + other.acked,
                retried + other.retried,
                duplicatesSent + other.duplicatesSent,
                failed + other.failed,
                notSent + other.notSent,
                lost + other.lost);
    }
}
