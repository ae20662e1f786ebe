package dev.orderrelay.receiver.eventbridge;

/**
 * An event could not be published nor moved aside (S3 or SQS failing): thrown out of the listener, so the event is not
 * deleted and comes back after its visibility timeout; after the queue's receive count SQS moves it to the dead-letter
 * queue.
 */
class EventBridgeIngestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EventBridgeIngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
