package dev.orderrelay.worker.deadletter;

import io.awspring.cloud.sqs.annotation.SqsListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Reads the EventBridge queue's dead-letter queue, where the receiver puts events it cannot read and SQS moves events
 * it could not publish, and parks each one so support sees it. Only where {@code
 * relay.worker.dead-letter-queues.eventbridge} is set: a deployment without EventBridge has no such queue.
 */
@Component
@ConditionalOnProperty("relay.worker.dead-letter-queues.eventbridge")
class EventBridgeDeadLetterListener {

    private final DeadLetterMover mover;

    EventBridgeDeadLetterListener(DeadLetterMover mover) {
        this.mover = mover;
    }

    @SqsListener("${relay.worker.dead-letter-queues.eventbridge}")
    void onMessage(Message<String> message) {
        mover.moveIngestEvent(DeadLetterMessages.letter(message));
    }
}
