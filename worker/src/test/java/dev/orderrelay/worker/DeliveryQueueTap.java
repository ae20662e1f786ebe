package dev.orderrelay.worker;

import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.worker.delivery.DeliveryMessage;
import dev.orderrelay.worker.delivery.DeliveryMessageJson;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Takes every message off the webhook delivery queue and keeps it, so tests (each on shops of their own) can count
 * theirs. Only for test classes that run no deliver stage.
 */
public final class DeliveryQueueTap {

    private static final List<DeliveryMessage> SEEN = new CopyOnWriteArrayList<>();

    private DeliveryQueueTap() {}

    /** Drains the queue (short polls until it is empty twice) and returns the messages for {@code shop}. */
    public static List<DeliveryMessage> forShop(String shop) {
        String url = WorkerTestStack.webhookQueueUrl();
        for (int empty = 0; empty < 2; ) {
            List<Message> messages = Devstack.shared()
                    .sqs()
                    .receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10))
                    .messages();
            empty = messages.isEmpty() ? empty + 1 : 0;
            for (Message message : messages) {
                SEEN.add(DeliveryMessageJson.read(message.body()));
                Devstack.shared().sqs().deleteMessage(b -> b.queueUrl(url).receiptHandle(message.receiptHandle()));
            }
        }
        return SEEN.stream().filter(m -> m.shop().equals(shop)).toList();
    }
}
