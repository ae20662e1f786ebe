package dev.orderrelay.devstack.store;

import java.util.Objects;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Shopify's EventBridge delivery into the app's AWS account, as far as the app's SQS queue: the partner event source
 * Shopify puts each webhook on, the partner event bus associated with it, and one rule whose target is the queue. As
 * EventBridge does for an SQS target, the whole event becomes the message body. The rule's own retries and dead-letter
 * queue are not simulated: a send that SQS refuses is a failed attempt of the store's delivery, retried on the store's
 * schedule.
 *
 * <p>Shopify puts payloads of up to {@link #SHOPIFY_PAYLOAD_LIMIT} bytes on EventBridge; a larger one arrives as
 * {@code {"id": ...}} alone, and the app has to fetch the resource (Shopify changelog, 2026-11-17: the limit was
 * 256 KB before).
 */
public final class SimulatedEventBridge {

    /** The largest payload Shopify puts on EventBridge whole, in bytes of its UTF-8 JSON. */
    public static final int SHOPIFY_PAYLOAD_LIMIT = 1_000_000;

    /** The account ElasticMQ's queue URLs carry, standing in for the app's AWS account. */
    public static final String DEVSTACK_ACCOUNT = "000000000000";

    private final EventBridgeSource source;
    private final SqsClient sqs;
    private final String queueUrl;
    private final int payloadLimit;

    /** Events of {@code source} go to the queue at {@code queueUrl}, with Shopify's payload limit. */
    public SimulatedEventBridge(EventBridgeSource source, SqsClient sqs, String queueUrl) {
        this(source, sqs, queueUrl, SHOPIFY_PAYLOAD_LIMIT);
    }

    private SimulatedEventBridge(EventBridgeSource source, SqsClient sqs, String queueUrl, int payloadLimit) {
        this.source = Objects.requireNonNull(source, "source");
        this.sqs = Objects.requireNonNull(sqs, "sqs");
        this.queueUrl = Objects.requireNonNull(queueUrl, "queueUrl");
        if (payloadLimit < 1) {
            throw new IllegalArgumentException("payloadLimit must be positive, was " + payloadLimit);
        }
        this.payloadLimit = payloadLimit;
    }

    /** The same path with a smaller payload limit, so a test can see the {@code {"id": ...}} fallback. */
    public SimulatedEventBridge withPayloadLimit(int bytes) {
        return new SimulatedEventBridge(source, sqs, queueUrl, bytes);
    }

    /** The partner event source a subscription names by its ARN. */
    public EventBridgeSource source() {
        return source;
    }

    int payloadLimit() {
        return payloadLimit;
    }

    /** Puts one event on the rule's target queue; throws if SQS did not take it. */
    void put(String eventJson) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(eventJson));
    }

    @Override
    public String toString() {
        return "SimulatedEventBridge[source=" + source.arn() + ", queue=" + queueUrl + "]";
    }
}
