package dev.orderrelay.console.overview;

import dev.orderrelay.console.ConsoleProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.GetQueueAttributesResponse;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Reads the depth of every queue the console knows (ingest, each delivery queue, their dead-letter queues, the
 * EventBridge queue and its dead-letter queue where configured) with one {@code GetQueueAttributes} each, all at
 * once, each bounded by a short timeout. A queue that cannot be read is a row with the reason, never a failed page:
 * the overview is most needed when something is broken. Queue URLs are resolved on first use and kept.
 */
@Component
class QueueDepths {

    private static final Logger log = LoggerFactory.getLogger(QueueDepths.class);
    private static final long TIMEOUT_MILLIS = 3000;
    private static final List<QueueAttributeName> DEPTHS = List.of(
            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED);

    /** A queue to show: its configured name or URL, its role, and what it belongs to. */
    record Watched(String configured, String role, String of) {

        /** The queue's name: the configured value, or the last part of a configured URL. */
        String name() {
            int slash = configured.lastIndexOf('/');
            return configured.startsWith("http") && slash >= 0 ? configured.substring(slash + 1) : configured;
        }
    }

    /** A queue's depth, or why it could not be read. */
    record Depth(Watched queue, Long visible, Long inFlight, Long delayed, String error) {}

    private final SqsAsyncClient sqs;
    private final List<Watched> queues;
    private final Map<String, String> urls = new ConcurrentHashMap<>();

    QueueDepths(SqsAsyncClient sqs, ConsoleProperties properties) {
        this.sqs = sqs;
        this.queues = watched(properties);
    }

    List<Depth> read() {
        List<CompletableFuture<Depth>> reads = new ArrayList<>();
        for (Watched queue : queues) {
            reads.add(url(queue)
                    .thenCompose(
                            url -> sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(DEPTHS)))
                    .thenApply(response -> depth(queue, response))
                    .orTimeout(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                    .exceptionally(failure -> unreadable(queue, failure)));
        }
        return reads.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<String> url(Watched queue) {
        if (queue.configured().startsWith("http")) {
            return CompletableFuture.completedFuture(queue.configured());
        }
        String known = urls.get(queue.configured());
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        return sqs.getQueueUrl(b -> b.queueName(queue.configured())).thenApply(response -> {
            urls.put(queue.configured(), response.queueUrl());
            return response.queueUrl();
        });
    }

    private static Depth depth(Watched queue, GetQueueAttributesResponse response) {
        Map<QueueAttributeName, String> attributes = response.attributes();
        return new Depth(
                queue,
                number(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)),
                number(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)),
                number(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)),
                null);
    }

    private static Depth unreadable(Watched queue, Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        log.warn("queue depth not read queue={} cause={}", queue.name(), cause.toString());
        String why = cause instanceof java.util.concurrent.TimeoutException
                ? "SQS did not answer within " + TIMEOUT_MILLIS + " ms"
                : "could not be read: " + cause.getClass().getSimpleName();
        return new Depth(queue, null, null, null, why);
    }

    private static Long number(String value) {
        return value == null ? null : Long.valueOf(value);
    }

    private static List<Watched> watched(ConsoleProperties properties) {
        List<Watched> queues = new ArrayList<>();
        ConsoleProperties.DeadLetterQueues dead = properties.deadLetterQueues();
        queues.add(new Watched(properties.ingestQueue(), "ingest", null));
        properties.deliveryQueues().byKind().forEach((kind, queue) -> queues.add(new Watched(queue, "delivery", kind)));
        if (properties.eventbridgeQueue() != null
                && !properties.eventbridgeQueue().isBlank()) {
            queues.add(new Watched(properties.eventbridgeQueue(), "eventbridge", null));
        }
        queues.add(new Watched(dead.ingest(), "dead-letter", new Watched(properties.ingestQueue(), "", null).name()));
        dead.deliveriesByKind()
                .forEach((kind, queue) -> queues.add(new Watched(
                        queue,
                        "dead-letter",
                        new Watched(properties.deliveryQueues().byKind().get(kind), "", null).name())));
        if (dead.eventbridge() != null && !dead.eventbridge().isBlank()) {
            String of = properties.eventbridgeQueue() == null
                    ? "eventbridge"
                    : new Watched(properties.eventbridgeQueue(), "", null).name();
            queues.add(new Watched(dead.eventbridge(), "dead-letter", of));
        }
        return List.copyOf(queues);
    }
}
