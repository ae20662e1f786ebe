package dev.orderrelay.devstack.aws;

import java.time.Duration;
import java.util.List;

/**
 * What the devstack creates on its servers: the same queues, buckets and (as later roles add them) tables as
 * the infrastructure code creates on AWS, with the same names, so the local run and the tests exercise the
 * production wiring.
 */
public record DevstackResources(List<QueueSpec> queues, List<String> buckets, Duration messageRetention) {

    /** The ingest queue the receiver writes to and the worker reads. */
    public static final String INGEST_QUEUE = "order-relay-ingest";

    public static final String INGEST_DEAD_LETTER_QUEUE = "order-relay-ingest-dlq";

    /**
     * The queue an EventBridge rule on Shopify's partner event bus feeds (docs/eventbridge.md): the receiver's
     * EventBridge listener reads it and republishes each event on the ingest queue.
     */
    public static final String EVENTBRIDGE_QUEUE = "order-relay-eventbridge";

    /** Where the receiver moves an EventBridge event it cannot read, and where SQS moves one received too often. */
    public static final String EVENTBRIDGE_DEAD_LETTER_QUEUE = "order-relay-eventbridge-dlq";

    /** The signed-webhook destinations' delivery queue, read by the worker's deliver stage. */
    public static final String WEBHOOK_DELIVERY_QUEUE = "order-relay-deliveries-webhook";

    public static final String WEBHOOK_DELIVERY_DEAD_LETTER_QUEUE = "order-relay-deliveries-webhook-dlq";

    /** GA4's delivery queue: one per destination kind, so a slow kind never holds up another. */
    public static final String GA4_DELIVERY_QUEUE = "order-relay-deliveries-ga4";

    /** Segment's delivery queue. */
    public static final String SEGMENT_DELIVERY_QUEUE = "order-relay-deliveries-segment";

    /** Amplitude's delivery queue. */
    public static final String AMPLITUDE_DELIVERY_QUEUE = "order-relay-deliveries-amplitude";

    /** The suffix of every dead-letter queue's name: {@code order-relay-deliveries-ga4-dlq}. */
    public static final String DEAD_LETTER_SUFFIX = "-dlq";

    /**
     * Delivery messages are retried through visibility for hours while a destination is down; the redrive is a
     * last resort well beyond the worker's own attempt limit, so an outage does not flood the dead-letter queue.
     */
    public static final int DELIVERY_MAX_RECEIVES = 50;

    /** The claim-check bucket: bodies too large to travel inline on the queue. */
    public static final String BODIES_BUCKET = "order-relay-bodies";

    /** SQS's maximum retention, on queues and dead-letter queues alike. */
    public static final Duration FOURTEEN_DAYS = Duration.ofDays(14);

    public static final DevstackResources DEFAULT = new DevstackResources(
            List.of(
                    new QueueSpec(INGEST_QUEUE, INGEST_DEAD_LETTER_QUEUE, 5),
                    new QueueSpec(WEBHOOK_DELIVERY_QUEUE, WEBHOOK_DELIVERY_DEAD_LETTER_QUEUE, DELIVERY_MAX_RECEIVES),
                    delivery(GA4_DELIVERY_QUEUE),
                    delivery(SEGMENT_DELIVERY_QUEUE),
                    delivery(AMPLITUDE_DELIVERY_QUEUE),
                    new QueueSpec(EVENTBRIDGE_QUEUE, EVENTBRIDGE_DEAD_LETTER_QUEUE, 5)),
            List.of(BODIES_BUCKET),
            FOURTEEN_DAYS);

    private static QueueSpec delivery(String queue) {
        return new QueueSpec(queue, queue + DEAD_LETTER_SUFFIX, DELIVERY_MAX_RECEIVES);
    }

    public DevstackResources {
        queues = List.copyOf(queues);
        buckets = List.copyOf(buckets);
    }
}
