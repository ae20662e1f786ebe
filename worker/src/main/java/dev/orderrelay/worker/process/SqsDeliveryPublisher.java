package dev.orderrelay.worker.process;

import dev.orderrelay.worker.delivery.DeliveryMessage;
import dev.orderrelay.worker.delivery.DeliveryMessageJson;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.sqs.batchmanager.SqsAsyncBatchManager;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Sends each delivery message to its destination kind's queue, so one slow kind never holds up another. Sends go
 * through the SDK's batch manager: the deliveries of envelopes processed at the same time share
 * {@code SendMessageBatch} calls, each message still answered on its own.
 */
public class SqsDeliveryPublisher implements DeliveryPublisher {

    private final SqsAsyncBatchManager batches;
    private final Map<String, String> queueUrlsByKind;

    /** @param queueUrlsByKind queue URL per destination kind wire name, e.g. {@code webhook} */
    public SqsDeliveryPublisher(SqsAsyncBatchManager batches, Map<String, String> queueUrlsByKind) {
        this.batches = batches;
        this.queueUrlsByKind = Map.copyOf(queueUrlsByKind);
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
