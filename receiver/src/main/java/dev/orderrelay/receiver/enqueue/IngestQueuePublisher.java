package dev.orderrelay.receiver.enqueue;

import dev.orderrelay.core.envelope.BodyReference;
import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeAttributes;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.core.envelope.Sha256;
import dev.orderrelay.receiver.ReceiverProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.services.sqs.batchmanager.SqsAsyncBatchManager;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/**
 * Puts a verified webhook on the ingest queue and returns only once SQS has accepted it, storing a large body
 * in S3 first. Anything else, including running past the deadline, is an {@link EnqueueFailedException}: the
 * caller answers 503 and the platform retries. A send that times out here may still land later; the worker
 * dedupes on the webhook id, so a retry of it costs a duplicate delivery, never a lost one.
 */
@Component
public class IngestQueuePublisher {

    private final SqsAsyncBatchManager batchManager;
    private final IngestQueue queue;
    private final LargeBodyStore largeBodies;
    private final ReceiverProperties properties;
    private final Clock clock;

    IngestQueuePublisher(
            SqsAsyncBatchManager batchManager,
            IngestQueue queue,
            LargeBodyStore largeBodies,
            ReceiverProperties properties,
            Clock clock) {
        this.batchManager = batchManager;
        this.queue = queue;
        this.largeBodies = largeBodies;
        this.properties = properties;
        this.clock = clock;
    }

    /** Enqueues {@code webhook} by {@code deadline}; returns how its body travelled. */
    public BodyPlacement publish(IncomingWebhook webhook, Instant deadline) throws EnqueueFailedException {
        long inlineLimit = properties.inlineLimit().toBytes();
        // An envelope is never smaller than its body (JSON escaping only adds bytes), so a body over the limit
        // goes straight to the claim check without being decoded and serialized for nothing.
        if (webhook.body().length <= inlineLimit) {
            Optional<String> inlineJson = WebhookEnvelopes.inline(webhook).map(EnvelopeJson::write);
            if (inlineJson.isPresent() && EnvelopeJson.utf8Size(inlineJson.get()) <= inlineLimit) {
                send(inlineJson.get(), webhook, deadline);
                return BodyPlacement.INLINE;
            }
        }
        String sha256 = Sha256.hex(webhook.body());
        BodyReference reference = BodyReference.forSha256(properties.bodiesBucket(), sha256);
        largeBodies.store(reference, webhook.body(), remaining(deadline));
        Envelope byReference = WebhookEnvelopes.placeholder(webhook).withBodyStoredAt(reference, sha256);
        send(EnvelopeJson.write(byReference), webhook, deadline);
        return BodyPlacement.BY_REFERENCE;
    }

    private void send(String json, IncomingWebhook webhook, Instant deadline) throws EnqueueFailedException {
        Duration left = remaining(deadline);
        if (!left.isPositive()) {
            throw new EnqueueFailedException(
                    EnqueueFailedException.Reason.DEADLINE, "no time left to send to SQS", null);
        }
        SendMessageRequest request = SendMessageRequest.builder()
                .queueUrl(queue.url())
                .messageBody(json)
                .messageAttributes(Map.of(
                        EnvelopeAttributes.SHOP, text(webhook.shop()),
                        EnvelopeAttributes.TOPIC, text(webhook.topic())))
                .build();
        CompletableFuture<?> accepted = batchManager.sendMessage(request);
        try {
            accepted.get(left.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new EnqueueFailedException(
                    EnqueueFailedException.Reason.DEADLINE, "SQS did not accept the message within the deadline", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            EnqueueFailedException.Reason reason = cause instanceof ApiCallTimeoutException
                    ? EnqueueFailedException.Reason.DEADLINE
                    : EnqueueFailedException.Reason.QUEUE_ERROR;
            throw new EnqueueFailedException(reason, "SQS did not accept the message: " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnqueueFailedException(
                    EnqueueFailedException.Reason.QUEUE_ERROR, "interrupted while waiting for SQS", e);
        }
    }

    private Duration remaining(Instant deadline) {
        return Duration.between(clock.instant(), deadline);
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder()
                .dataType("String")
                .stringValue(value)
                .build();
    }
}
