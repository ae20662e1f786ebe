package dev.orderrelay.worker.process;

import dev.orderrelay.worker.delivery.DeliveryMessage;
import dev.orderrelay.worker.delivery.DeliveryMessageJson;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** Sends each delivery message to its destination kind's queue, so one slow kind never holds up another. */
public class SqsDeliveryPublisher implements DeliveryPublisher {

    private final SqsAsyncClient sqs;
    private final Map<String, String> queueUrlsByKind;

    /** @param queueUrlsByKind queue URL per destination kind wire name, e.g. {@code webhook} */
    public SqsDeliveryPublisher(SqsAsyncClient sqs, Map<String, String> queueUrlsByKind) {
        this.sqs = sqs;
        this.queueUrlsByKind = Map.copyOf(queueUrlsByKind);
    }

    @Override
    public void publish(DeliveryMessage message) {
        String queueUrl = queueUrlsByKind.get(message.kind());
        if (queueUrl == null) {
            throw new IllegalStateException("no delivery queue for destination kind '" + message.kind() + "' (shop "
                    + message.shop() + ", destination " + message.destination()
                    + "): set relay.worker.delivery-queues." + message.kind());
        }
        sqs.sendMessage(b -> b.queueUrl(queueUrl)
                        .messageBody(DeliveryMessageJson.write(message))
                        .messageAttributes(Map.of(
                                "shop", text(message.shop()),
                                "destination", text(message.destination()))))
                .join();
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder()
                .dataType("String")
                .stringValue(value)
                .build();
    }
}
