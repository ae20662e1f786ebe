package dev.orderrelay.receiver;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the webhook receiver. The app secret is not here: secrets are resolved by
 * {@link dev.orderrelay.receiver.signature.ShopifyAppSecrets}, so they never show up in a printed record.
 *
 * @param ingestQueue the ingest queue, by name or by URL
 * @param bodiesBucket the bucket that holds bodies too large to travel inline (the claim check)
 * @param maxBody the largest webhook body accepted; larger ones get 413 before any other work
 * @param inlineLimit the largest envelope sent inline, in UTF-8 bytes of its JSON; above it the body goes to
 *     {@code bodiesBucket} first. At most 250KB: the SDK's batch manager caps a whole batch at 256 KiB
 * @param enqueueDeadline how long a request may wait for S3 and SQS before it answers 503; Shopify gives up
 *     after 5 s, so this must stay well under that
 * @param batchLinger how long the batch manager waits to fill a SendMessageBatch with concurrent requests
 */
@Validated
@ConfigurationProperties("relay.receiver")
public record ReceiverProperties(
        @DefaultValue("order-relay-ingest") @NotBlank String ingestQueue,
        @DefaultValue("order-relay-bodies") @NotBlank String bodiesBucket,
        @DefaultValue("2MB") DataSize maxBody,
        @DefaultValue("200KB") DataSize inlineLimit,
        @DefaultValue("3s") Duration enqueueDeadline,
        @DefaultValue("5ms") Duration batchLinger) {

    static final DataSize MAX_INLINE_LIMIT = DataSize.ofKilobytes(250);
    static final Duration MAX_DEADLINE = Duration.ofMillis(4500);

    public ReceiverProperties {
        require(maxBody.toBytes() > 0, "relay.receiver.max-body must be positive, got " + maxBody);
        require(
                inlineLimit.toBytes() >= 1024 && inlineLimit.compareTo(MAX_INLINE_LIMIT) <= 0,
                "relay.receiver.inline-limit must be between 1KB and 250KB (a batch holds at most 256 KiB), got "
                        + inlineLimit);
        require(
                enqueueDeadline.isPositive() && enqueueDeadline.compareTo(MAX_DEADLINE) <= 0,
                "relay.receiver.enqueue-deadline must be positive and at most 4500ms (Shopify waits 5 s), got "
                        + enqueueDeadline);
        require(
                batchLinger.isPositive() && batchLinger.compareTo(enqueueDeadline) < 0,
                "relay.receiver.batch-linger must be positive and below relay.receiver.enqueue-deadline, got "
                        + batchLinger);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
