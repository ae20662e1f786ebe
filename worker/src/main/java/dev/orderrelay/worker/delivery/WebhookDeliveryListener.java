package dev.orderrelay.worker.delivery;

import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.Visibility;
import io.awspring.cloud.sqs.listener.acknowledgement.Acknowledgement;
import org.springframework.stereotype.Component;

/**
 * Reads the signed-webhook delivery queue. Acknowledges only once the ledger says delivered or parked; a retry
 * hides the message for the stage's delay; an exception (ledger unreachable) leaves it for the visibility timeout.
 * Each destination kind has its own queue and listener, so a slow kind never delays another.
 */
@Component
class WebhookDeliveryListener {

    private final DeliverStage stage;

    WebhookDeliveryListener(DeliverStage stage) {
        this.stage = stage;
    }

    @SqsListener(
            value = "${relay.worker.delivery-queues.webhook:order-relay-deliveries-webhook}",
            acknowledgementMode = "MANUAL")
    void onMessage(String message, Acknowledgement acknowledgement, Visibility visibility) {
        QueueAction action = stage.deliver(DeliveryMessageJson.read(message), message);
        if (action instanceof QueueAction.RetryIn retry) {
            visibility.changeTo((int) Math.clamp(retry.delay().toSeconds(), 0, 43_200));
        } else {
            acknowledgement.acknowledge();
        }
    }
}
