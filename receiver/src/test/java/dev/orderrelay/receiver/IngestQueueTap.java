package dev.orderrelay.receiver;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.aws.DevstackResources;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Reads the ingest queue on behalf of the receiver's tests. Nothing else consumes it in this JVM, so every
 * message is taken off, deleted and kept here by webhook id, where any test can find its own.
 */
public final class IngestQueueTap {

    /** A message as it sat on the queue. */
    public record Queued(Envelope envelope, Map<String, MessageAttributeValue> attributes) {}

    private static final Map<String, Queued> SEEN = new ConcurrentHashMap<>();
    private static final int MAX_EMPTY_POLLS = 2;

    private IngestQueueTap() {}

    /** Waits up to {@code timeout} for the message of {@code webhookId}. */
    public static Optional<Queued> await(String webhookId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!SEEN.containsKey(webhookId) && System.nanoTime() < deadline) {
            pollOnce(1);
        }
        return Optional.ofNullable(SEEN.get(webhookId));
    }

    /** Empties the queue, then says whether {@code webhookId} was ever on it. */
    public static boolean wasEverQueued(String webhookId) {
        drain();
        return SEEN.containsKey(webhookId);
    }

    /**
     * Takes every message off the queue until it is empty. The receiver answers only after SQS accepted, so a
     * message behind an answered request is already visible: short polls suffice.
     */
    public static void drain() {
        int empty = 0;
        while (empty < MAX_EMPTY_POLLS) {
            empty = pollOnce(0) == 0 ? empty + 1 : 0;
        }
    }

    /** Whether {@code webhookId} was taken off the queue by an earlier {@link #drain()} or wait. */
    public static boolean seen(String webhookId) {
        return SEEN.containsKey(webhookId);
    }

    private static int pollOnce(int waitSeconds) {
        Devstack devstack = ReceiverTestStack.devstack();
        String url = devstack.queueUrl(DevstackResources.INGEST_QUEUE);
        List<Message> messages = devstack.sqs()
                .receiveMessage(b -> b.queueUrl(url)
                        .maxNumberOfMessages(10)
                        .waitTimeSeconds(waitSeconds)
                        .messageAttributeNames("All"))
                .messages();
        for (Message message : messages) {
            Envelope envelope = EnvelopeJson.read(message.body());
            SEEN.put(envelope.webhookId(), new Queued(envelope, message.messageAttributes()));
            devstack.sqs().deleteMessage(b -> b.queueUrl(url).receiptHandle(message.receiptHandle()));
        }
        return messages.size();
    }
}
