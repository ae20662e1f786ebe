package dev.orderrelay.worker;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the worker.
 *
 * @param ingestQueue the ingest queue the process stage reads, by name
 * @param deliveryQueues the delivery queue of each destination kind, by name
 * @param deadLetterQueues the dead-letter queues whose messages are moved into the ledger's parked events, by name
 * @param claimLease how long a claim keeps other senders away; longer than a send can take
 * @param maxAttempts attempts per delivery before it is parked
 * @param retryBase the first retry delay; doubled per attempt up to {@code retryMax}
 * @param retryMax the longest retry delay, at most 12h (SQS's visibility limit)
 * @param publishLinger how long the delivery queues' batch manager waits to fill a {@code SendMessageBatch} with the
 *     deliveries of concurrently processed envelopes
 */
@Validated
@ConfigurationProperties("relay.worker")
public record WorkerProperties(
        @DefaultValue("order-relay-ingest") @NotBlank String ingestQueue,

        @DefaultValue @Valid DeliveryQueues deliveryQueues,
        @DefaultValue @Valid DeadLetterQueues deadLetterQueues,
        @DefaultValue("60s") Duration claimLease,
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("10s") Duration retryBase,
        @DefaultValue("15m") Duration retryMax,
        @DefaultValue("5ms") Duration publishLinger) {

    /**
     * One queue per destination kind, so a slow kind never delays another.
     *
     * @param webhook the signed-webhook destinations' queue
     * @param ga4 GA4's queue
     * @param segment Segment's queue
     * @param amplitude Amplitude's queue
     */
    public record DeliveryQueues(
            @DefaultValue("order-relay-deliveries-webhook") @NotBlank
            String webhook,

            @DefaultValue("order-relay-deliveries-ga4") @NotBlank
            String ga4,

            @DefaultValue("order-relay-deliveries-segment") @NotBlank
            String segment,

            @DefaultValue("order-relay-deliveries-amplitude") @NotBlank
            String amplitude) {

        /** Queue names by destination kind wire name. */
        public Map<String, String> byKind() {
            return Map.of("webhook", webhook, "ga4", ga4, "segment", segment, "amplitude", amplitude);
        }
    }

    /**
     * The dead-letter queue behind each queue the worker reads. Whatever SQS moves there (a poison message, a message
     * received too often) is moved on, promptly, into the ledger's parked events, where support finds it by shop and
     * can replay it: SQS counts a dead letter's age from its first enqueue, so one left there would expire unseen.
     *
     * @param ingest the ingest queue's
     * @param webhook the signed-webhook delivery queue's
     * @param ga4 GA4's delivery queue's
     * @param segment Segment's delivery queue's
     * @param amplitude Amplitude's delivery queue's
     * @param eventbridge the EventBridge queue's, where the receiver moves events it cannot read or publish; unset
     *     (the default) where the receiver does not read EventBridge, so the worker does not listen for it
     */
    public record DeadLetterQueues(
            @DefaultValue("order-relay-ingest-dlq") @NotBlank
            String ingest,

            @DefaultValue("order-relay-deliveries-webhook-dlq") @NotBlank
            String webhook,

            @DefaultValue("order-relay-deliveries-ga4-dlq") @NotBlank
            String ga4,

            @DefaultValue("order-relay-deliveries-segment-dlq") @NotBlank
            String segment,

            @DefaultValue("order-relay-deliveries-amplitude-dlq") @NotBlank
            String amplitude,

            String eventbridge) {

        /** Delivery dead-letter queue names by destination kind wire name. */
        public Map<String, String> deliveriesByKind() {
            return Map.of("webhook", webhook, "ga4", ga4, "segment", segment, "amplitude", amplitude);
        }
    }

    public WorkerProperties {
        if (!claimLease.isPositive()) {
            throw new IllegalArgumentException("relay.worker.claim-lease must be positive, got " + claimLease);
        }
        // A linger near the claim lease would hold envelopes while their deliveries wait for a batch to fill.
        if (!publishLinger.isPositive() || publishLinger.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException(
                    "relay.worker.publish-linger must be positive and at most 1s, got " + publishLinger);
        }
    }
}
