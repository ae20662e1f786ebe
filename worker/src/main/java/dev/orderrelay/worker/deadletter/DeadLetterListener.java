package dev.orderrelay.worker.deadletter;

import dev.orderrelay.worker.WorkerProperties;
import dev.orderrelay.worker.activity.LiveCounts;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.SqsHeaders;
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
    private final LiveCounts live;

    DeadLetterListener(DeadLetterMover mover, WorkerProperties properties, LiveCounts live) {
        this.mover = mover;
        this.queues = properties.deadLetterQueues();
        this.live = live;
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
        // SQS keeps a message's first SentTimestamp when it moves it to a dead-letter queue: this is its whole age.
        live.received(letter.queue(), message.getHeaders().get(SqsHeaders.MessageSystemAttributes.SQS_SENT_TIMESTAMP));
        if (queues.ingest().equals(letter.queue())) {
            mover.moveEnvelope(letter);
        } else {
            mover.moveDelivery(letter);
        }
    }
}
