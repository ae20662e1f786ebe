package dev.orderrelay.worker.deadletter;

import io.awspring.cloud.sqs.listener.SqsHeaders;
import org.springframework.messaging.Message;

/** Reads a dead letter's queue, body and attributes from a received SQS message. */
final class DeadLetterMessages {

    private DeadLetterMessages() {}

    static DeadLetterMover.DeadLetter letter(Message<String> message) {
        return new DeadLetterMover.DeadLetter(
                header(message, SqsHeaders.SQS_QUEUE_NAME_HEADER),
                message.getPayload(),
                header(message, "shop"),
                header(message, "destination"),
                header(message, "reason"),
                receives(message));
    }

    private static String header(Message<String> message, String name) {
        Object value = message.getHeaders().get(name);
        return value == null ? null : value.toString();
    }

    private static int receives(Message<String> message) {
        String count = header(message, SqsHeaders.MessageSystemAttributes.SQS_APPROXIMATE_RECEIVE_COUNT);
        try {
            return count == null ? 0 : Integer.parseInt(count);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
