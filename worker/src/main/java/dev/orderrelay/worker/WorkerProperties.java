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
 * @param claimLease how long a claim keeps other senders away; longer than a send can take
 * @param maxAttempts attempts per delivery before it is parked
 * @param retryBase the first retry delay; doubled per attempt up to {@code retryMax}
 * @param retryMax the longest retry delay, at most 12h (SQS's visibility limit)
 */
@Validated
@ConfigurationProperties("relay.worker")
public record WorkerProperties(
        @DefaultValue("order-relay-ingest") @NotBlank String ingestQueue,

        @DefaultValue @Valid DeliveryQueues deliveryQueues,
        @DefaultValue("60s") Duration claimLease,
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("10s") Duration retryBase,
        @DefaultValue("15m") Duration retryMax) {

    /**
     * One queue per destination kind, so a slow kind never delays another.
     *
     * @param webhook the signed-webhook destinations' queue
     */
    public record DeliveryQueues(
            @DefaultValue("order-relay-deliveries-webhook") @NotBlank
            String webhook) {

        /** Queue names by destination kind wire name. */
        public Map<String, String> byKind() {
            return Map.of("webhook", webhook);
        }
    }

    public WorkerProperties {
        if (!claimLease.isPositive()) {
            throw new IllegalArgumentException("relay.worker.claim-lease must be positive, got " + claimLease);
        }
    }
}
