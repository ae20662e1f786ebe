package dev.orderrelay.receiver.eventbridge;

import dev.orderrelay.receiver.enqueue.BodyPlacement;
import dev.orderrelay.receiver.enqueue.EnqueueFailedException;
import dev.orderrelay.receiver.enqueue.IncomingWebhook;
import dev.orderrelay.receiver.enqueue.IngestQueuePublisher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One EventBridge event, start to end: read it, then publish its envelope on the ingest queue (large bodies by claim
 * check, as over HTTPS) or move it to the dead-letter queue with its reason. Returning means the event may be deleted
 * from its queue; an {@link EventBridgeIngestException} means it must stay.
 */
final class EventBridgeIngest {

    private static final Logger log = LoggerFactory.getLogger(EventBridgeIngest.class);

    private final EventBridgeEventReader reader;
    private final IngestQueuePublisher publisher;
    private final RejectedEvents rejectedEvents;
    private final EventBridgeMetrics metrics;
    private final Duration deadline;
    private final Clock clock;

    EventBridgeIngest(
            EventBridgeEventReader reader,
            IngestQueuePublisher publisher,
            RejectedEvents rejectedEvents,
            EventBridgeMetrics metrics,
            Duration deadline,
            Clock clock) {
        this.reader = reader;
        this.publisher = publisher;
        this.rejectedEvents = rejectedEvents;
        this.metrics = metrics;
        this.deadline = deadline;
        this.clock = clock;
    }

    void handle(String message) {
        Instant receivedAt = clock.instant();
        EventRead read = reader.read(message, receivedAt);
        if (read instanceof EventRead.Rejected rejected) {
            reject(message, rejected);
        } else if (read instanceof EventRead.Accepted accepted) {
            publish(accepted, receivedAt.plus(deadline));
        }
    }

    private void publish(EventRead.Accepted accepted, Instant until) {
        IncomingWebhook webhook = accepted.webhook();
        BodyPlacement placement;
        try {
            placement = publisher.publish(webhook, until);
        } catch (EnqueueFailedException e) {
            metrics.unavailable(webhook.shop(), webhook.topic(), e.reason().tag());
            log.warn(
                    "eventbridge event not enqueued, left on its queue to come back: shop={} topic={} webhookId={}"
                            + " eventBridgeId={} reason={}: {}",
                    webhook.shop(),
                    webhook.topic(),
                    webhook.webhookId(),
                    accepted.eventBridgeId(),
                    e.reason().tag(),
                    e.getMessage());
            throw new EventBridgeIngestException("ingest queue did not take the event: " + e.getMessage(), e);
        }
        metrics.accepted(webhook.shop(), webhook.topic(), accepted.idOnlyPayload());
        if (accepted.idOnlyPayload()) {
            log.warn(
                    "eventbridge event enqueued with its payload cut to the id (too large for EventBridge): the worker"
                            + " parks it and the reconciler fetches the order; shop={} topic={} webhookId={}",
                    webhook.shop(),
                    webhook.topic(),
                    webhook.webhookId());
        } else {
            log.debug(
                    "eventbridge event enqueued shop={} topic={} webhookId={} eventBridgeId={} bytes={} body={}",
                    webhook.shop(),
                    webhook.topic(),
                    webhook.webhookId(),
                    accepted.eventBridgeId(),
                    webhook.body().length,
                    placement);
        }
    }

    private void reject(String message, EventRead.Rejected rejected) {
        rejectedEvents.move(message, rejected);
        metrics.rejected(rejected.rejection());
        log.error(
                "eventbridge event rejected and moved to the dead-letter queue: shop={} eventBridgeId={} reason={}",
                rejected.shop(),
                rejected.eventBridgeId(),
                rejected.reason());
    }
}
