package dev.orderrelay.worker.process;

import dev.orderrelay.worker.delivery.DeliveryMessage;
import dev.orderrelay.worker.delivery.DeliveryMessageJson;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.batchmanager.SqsAsyncBatchManager;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Sends each delivery message to its destination kind's queue, so one slow kind never holds up another. Sends go
 * through the SDK's batch manager: the deliveries of envelopes processed at the same time share
 * {@code SendMessageBatch} calls, each message still answered on its own.
 */
public class SqsDeliveryPublisher implements DeliveryPublisher, AutoCloseable {

    /** SendMessageBatch's limit. */
    private static final int MAX_BATCH_ENTRIES = 10;

    private final SqsAsyncBatchManager batches;
    private final Map<String, String> queueUrlsByKind;
    private final Runnable onClose;

    /**
     * A publisher on a batch manager someone else owns and closes.
     *
     * @param queueUrlsByKind queue URL per destination kind wire name, e.g. {@code webhook}
     */
    public SqsDeliveryPublisher(SqsAsyncBatchManager batches, Map<String, String> queueUrlsByKind) {
        this(batches, queueUrlsByKind, () -> {});
    }

    private SqsDeliveryPublisher(SqsAsyncBatchManager batches, Map<String, String> queueUrlsByKind, Runnable onClose) {
        this.batches = batches;
        this.queueUrlsByKind = Map.copyOf(queueUrlsByKind);
        this.onClose = onClose;
    }

    /**
     * A publisher with a batch manager and a scheduler of its own, closed with it (batches still buffered are sent
     * first). Not beans: the one-process local run also has the receiver's batch manager, which it injects by type.
     *
     * @param linger how long a batch waits to fill
     */
    public static SqsDeliveryPublisher batching(
            SqsAsyncClient sqs, Map<String, String> queueUrlsByKind, Duration linger) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("delivery-batch-", 0).factory());
        SqsAsyncBatchManager batches = SqsAsyncBatchManager.builder()
                .client(sqs)
                .scheduledExecutor(scheduler)
                .overrideConfiguration(b -> b.maxBatchSize(MAX_BATCH_ENTRIES).sendRequestFrequency(linger))
                .build();
        return new SqsDeliveryPublisher(batches, queueUrlsByKind, () -> {
            batches.close();
            scheduler.shutdown();
        });
    }

    @Override
    public void close() {
        onClose.run();
    }

    @Override
    public CompletableFuture<Void> publish(DeliveryMessage message) {
        String queueUrl = queueUrlsByKind.get(message.kind());
        if (queueUrl == null) {
            throw new IllegalStateException("no delivery queue for destination kind '" + message.kind() + "' (shop "
                    + message.shop() + ", destination " + message.destination()
                    + "): set relay.worker.delivery-queues." + message.kind());
        }
        return batches.sendMessage(b -> b.queueUrl(queueUrl)
                        .messageBody(DeliveryMessageJson.write(message))
                        .messageAttributes(Map.of(
                                "shop", text(message.shop()),
                                "destination", text(message.destination()))))
                .thenApply(sent -> null);
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder()
                .dataType("String")
                .stringValue(value)
                .build();
    }
}
