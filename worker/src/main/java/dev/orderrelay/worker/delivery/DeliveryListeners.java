package dev.orderrelay.worker.delivery;

import dev.orderrelay.worker.activity.LiveCounts;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.SqsHeaders;
import io.awspring.cloud.sqs.listener.Visibility;
import io.awspring.cloud.sqs.listener.acknowledgement.BatchAcknowledgement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Reads the delivery queues, one listener container per destination kind, so a slow or dead kind never holds up
 * another; each container's polling pauses while its kind's endpoint breaker is open. Messages come in batches (one
 * poll's worth), so senders can share requests. A message is acknowledged only once the ledger says delivered or
 * parked; a retry hides it for the stage's delay; an exception (ledger unreachable) leaves the whole batch to come
 * back after its visibility timeout.
 */
@Component
class DeliveryListeners {

    private final DeliverStage stage;
    private final PoisonDeliveries poison;
    private final LiveCounts live;

    DeliveryListeners(DeliverStage stage, PoisonDeliveries poison, LiveCounts live) {
        this.stage = stage;
        this.poison = poison;
        this.live = live;
    }

    @SqsListener(
            value = "${relay.worker.delivery-queues.webhook:order-relay-deliveries-webhook}",
            factory = DeliveryListenerFactories.WEBHOOK,
            id = "deliveries-webhook",
            acknowledgementMode = "MANUAL")
    void webhook(List<Message<String>> messages, BatchAcknowledgement<String> acknowledgement) {
        deliver(messages, acknowledgement);
    }

    @SqsListener(
            value = "${relay.worker.delivery-queues.ga4:order-relay-deliveries-ga4}",
            factory = DeliveryListenerFactories.GA4,
            id = "deliveries-ga4",
            acknowledgementMode = "MANUAL")
    void ga4(List<Message<String>> messages, BatchAcknowledgement<String> acknowledgement) {
        deliver(messages, acknowledgement);
    }

    @SqsListener(
            value = "${relay.worker.delivery-queues.segment:order-relay-deliveries-segment}",
            factory = DeliveryListenerFactories.SEGMENT,
            id = "deliveries-segment",
            acknowledgementMode = "MANUAL")
    void segment(List<Message<String>> messages, BatchAcknowledgement<String> acknowledgement) {
        deliver(messages, acknowledgement);
    }

    @SqsListener(
            value = "${relay.worker.delivery-queues.amplitude:order-relay-deliveries-amplitude}",
            factory = DeliveryListenerFactories.AMPLITUDE,
            id = "deliveries-amplitude",
            acknowledgementMode = "MANUAL")
    void amplitude(List<Message<String>> messages, BatchAcknowledgement<String> acknowledgement) {
        deliver(messages, acknowledgement);
    }

    private void deliver(List<Message<String>> messages, BatchAcknowledgement<String> acknowledgement) {
        List<Message<String>> readable = new ArrayList<>();
        List<ReceivedDelivery> batch = new ArrayList<>();
        List<Message<String>> done = new ArrayList<>();
        for (Message<String> message : messages) {
            live.received(
                    message.getHeaders().get(SqsHeaders.SQS_QUEUE_NAME_HEADER, String.class),
                    message.getHeaders().get(SqsHeaders.MessageSystemAttributes.SQS_SENT_TIMESTAMP));
            try {
                batch.add(new ReceivedDelivery(
                        DeliveryMessageJson.read(message.getPayload()), message.getPayload(), receiveCount(message)));
                readable.add(message);
            } catch (IllegalArgumentException e) {
                poison.park(message, e.getMessage());
                done.add(message);
            }
        }
        List<QueueAction> actions = batch.isEmpty() ? List.of() : stage.deliverAll(batch);
        for (int i = 0; i < readable.size(); i++) {
            if (actions.get(i) instanceof QueueAction.RetryIn retry) {
                visibility(readable.get(i))
                        .changeTo((int) Math.clamp(retry.delay().toSeconds(), 0, 43_200));
            } else {
                done.add(readable.get(i));
            }
        }
        if (!done.isEmpty()) {
            acknowledgement.acknowledge(done);
        }
    }

    private static Visibility visibility(Message<String> message) {
        return message.getHeaders().get(SqsHeaders.SQS_VISIBILITY_TIMEOUT_HEADER, Visibility.class);
    }

    private static int receiveCount(Message<String> message) {
        Object count = message.getHeaders().get(SqsHeaders.MessageSystemAttributes.SQS_APPROXIMATE_RECEIVE_COUNT);
        try {
            return count == null ? 1 : Integer.parseInt(count.toString());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
