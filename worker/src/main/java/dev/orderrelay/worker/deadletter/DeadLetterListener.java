package dev.orderrelay.worker.deadletter;

import dev.orderrelay.worker.WorkerProperties;
import io.awspring.cloud.sqs.annotation.SqsListener;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Reads every dead-letter queue of the worker's queues and hands each message to the {@link DeadLetterMover}. A
 * message is deleted only once it is parked; an exception (ledger unreachable) leaves it on the dead-letter queue.
 */
@Component
class DeadLetterListener {

    private final DeadLetterMover mover;
    private final WorkerProperties.DeadLetterQueues queues;

    DeadLetterListener(DeadLetterMover mover, WorkerProperties properties) {
        this.mover = mover;
        this.queues = properties.deadLetterQueues();
    }

    @SqsListener({
        "${relay.worker.dead-letter-queues.ingest:order-relay-ingest-dlq}",
        "${relay.worker.dead-letter-queues.webhook:order-relay-deliveries-webhook-dlq}",
        "${relay.worker.dead-letter-queues.ga4:order-relay-deliveries-ga4-dlq}",
        "${relay.worker.dead-letter-queues.segment:order-relay-deliveries-segment-dlq}",
        "${relay.worker.dead-letter-queues.amplitude:order-relay-deliveries-amplitude-dlq}"
    })
    void onMessage(Message<String> message) {
        DeadLetterMover.DeadLetter letter = DeadLetterMessages.letter(message);
        if (queues.ingest().equals(letter.queue())) {
            mover.moveEnvelope(letter);
        } else {
            mover.moveDelivery(letter);
        }
    }
}
