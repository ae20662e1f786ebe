package dev.orderrelay.receiver.eventbridge;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.sqs.model.Message;

/** Reads a dead-letter queue for the tests, keeping every message taken off it by body. */
final class DeadLetters {

    private final String queueUrl;
    private final Map<String, Message> seen = new ConcurrentHashMap<>();

    DeadLetters(String queueUrl) {
        this.queueUrl = queueUrl;
    }

    /** Waits up to {@code timeout} for the dead letter whose body is {@code body}. */
    Optional<Message> await(String body, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!seen.containsKey(body) && System.nanoTime() < deadline) {
            for (Message message : DirectDevstack.devstack()
                    .sqs()
                    .receiveMessage(b -> b.queueUrl(queueUrl)
                            .maxNumberOfMessages(10)
                            .waitTimeSeconds(1)
                            .messageAttributeNames("All")
                            .messageSystemAttributeNamesWithStrings("All"))
                    .messages()) {
                seen.put(message.body(), message);
                DirectDevstack.devstack()
                        .sqs()
                        .deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            }
        }
        return Optional.ofNullable(seen.get(body));
    }

    /** A message attribute's string value, or null. */
    static String attribute(Message message, String name) {
        return message.messageAttributes().containsKey(name)
                ? message.messageAttributes().get(name).stringValue()
                : null;
    }
}
