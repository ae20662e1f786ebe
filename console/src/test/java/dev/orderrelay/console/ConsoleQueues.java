package dev.orderrelay.console;

import dev.orderrelay.devstack.Devstack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * The replay queues of this test JVM's console: its own ingest queue and one delivery queue per destination kind on
 * the shared devstack's ElasticMQ, named apart so no worker and no other module's test reads them, and created
 * before the console starts (the console resolves them at start-up). Tests read what a replay published with
 * {@link #take}.
 */
public final class ConsoleQueues {

    private static final String PREFIX =
            "console-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    public static final String INGEST = PREFIX + "ingest";
    public static final List<String> KINDS = List.of("webhook", "ga4", "segment", "amplitude");

    private ConsoleQueues() {}

    public static String delivery(String kind) {
        return PREFIX + "deliveries-" + kind;
    }

    /** Creates the queues (idempotent) and returns the console properties naming them. */
    public static synchronized Map<String, String> properties() {
        SqsClient sqs = Devstack.shared().sqs();
        Map<String, String> properties = new LinkedHashMap<>();
        sqs.createQueue(b -> b.queueName(INGEST));
        properties.put("relay.console.ingest-queue", INGEST);
        for (String kind : KINDS) {
            sqs.createQueue(b -> b.queueName(delivery(kind)));
            properties.put("relay.console.delivery-queues." + kind, delivery(kind));
        }
        return properties;
    }

    /**
     * Every message now on {@code queue} for {@code shop} (by its {@code shop} attribute), removed from the queue.
     * Replays publish before they answer, so a test calls this after the answer and sees all there is. Messages of
     * other shops are left to their tests. Bounded: at most 50 receives of 10.
     */
    public static List<Message> take(String queue, String shop) {
        SqsClient sqs = Devstack.shared().sqs();
        String url = Devstack.shared().queueUrl(queue);
        List<Message> mine = new ArrayList<>();
        List<Message> others = new ArrayList<>();
        for (int receive = 0; receive < 50; receive++) {
            List<Message> batch = sqs.receiveMessage(b -> b.queueUrl(url)
                            .maxNumberOfMessages(10)
                            .messageAttributeNames("All")
                            .visibilityTimeout((int) Duration.ofSeconds(30).toSeconds()))
                    .messages();
            if (batch.isEmpty()) {
                break;
            }
            for (Message message : batch) {
                if (shop.equals(attribute(message, "shop"))) {
                    mine.add(message);
                    sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(message.receiptHandle()));
                } else {
                    others.add(message);
                }
            }
        }
        for (Message other : others) {
            sqs.changeMessageVisibility(
                    b -> b.queueUrl(url).receiptHandle(other.receiptHandle()).visibilityTimeout(0));
        }
        return mine;
    }

    public static String attribute(Message message, String name) {
        MessageAttributeValue value = message.messageAttributes().get(name);
        return value == null ? null : value.stringValue();
    }
}
