package dev.orderrelay.receiver.eventbridge;

import io.awspring.cloud.sqs.annotation.SqsListener;

/**
 * Reads the queue the EventBridge rule feeds, through the application's default listener container factory. A message
 * is acknowledged (deleted) only when {@link EventBridgeIngest} returns: its envelope is on the ingest queue, or it was
 * moved to the dead-letter queue; an exception leaves it to come back after its visibility timeout.
 */
final class EventBridgeListener {

    private final EventBridgeIngest ingest;

    EventBridgeListener(EventBridgeIngest ingest) {
        this.ingest = ingest;
    }

    @SqsListener(value = "${relay.receiver.eventbridge.queue:order-relay-eventbridge}", id = "eventbridge-ingest")
    void onMessage(String message) {
        ingest.handle(message);
    }
}
