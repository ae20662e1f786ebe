package dev.orderrelay.worker.delivery;

/**
 * A delivery message as received from its queue.
 *
 * @param message the parsed message
 * @param raw the message body as received, kept for parking
 * @param receiveCount how often SQS has handed this message out, this time included
 */
public record ReceivedDelivery(DeliveryMessage message, String raw, int receiveCount) {

    /** A message received for the first time, as in tests and replays. */
    public static ReceivedDelivery first(DeliveryMessage message, String raw) {
        return new ReceivedDelivery(message, raw, 1);
    }
}
