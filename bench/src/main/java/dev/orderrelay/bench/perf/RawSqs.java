package dev.orderrelay.bench.perf;

import dev.orderrelay.devstack.aws.AwsClients;
import dev.orderrelay.devstack.aws.DevstackCredentials;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * The raw SQS baselines, straight on the AWS SDK v2 async client with its defaults (Netty, 50 connections, as the
 * receiver's own client has them) against the same
 * ElasticMQ: a SendMessageBatch loop, single sends for latency, and a receive/delete loop. Twin queues are created
 * next to the ingest queue, so the baselines never feed the worker.
 */
final class RawSqs implements AutoCloseable {

    /** SQS's limit on entries per batch, as the receiver's batch manager uses it. */
    static final int BATCH = 10;

    private final SqsAsyncClient sqs;

    RawSqs(URI endpoint) {
        DevstackCredentials credentials = DevstackCredentials.DEFAULT;
        this.sqs = SqsAsyncClient.builder()
                .endpointOverride(endpoint)
                .region(AwsClients.REGION)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey())))
                .build();
    }

    /** Creates (or finds) a queue of this name and empties it; returns its URL. */
    String freshQueue(String name) {
        String url = sqs.createQueue(
                        b -> b.queueName(name).attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "60")))
                .join()
                .queueUrl();
        sqs.purgeQueue(b -> b.queueUrl(url)).join();
        return url;
    }

    String queueUrl(String name) {
        return sqs.getQueueUrl(b -> b.queueName(name)).join().queueUrl();
    }

    void purge(String url) {
        sqs.purgeQueue(b -> b.queueUrl(url)).join();
    }

    /** One SendMessageBatch of ten 2 KB bodies with the receiver's two message attributes; 10 when all landed. */
    Call batchSend(String url, SignedWebhooks bodies) {
        return sequence -> {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                entries.add(SendMessageBatchRequestEntry.builder()
                        .id(Integer.toString(i))
                        .messageBody(
                                new String(bodies.body(sequence * BATCH + i), java.nio.charset.StandardCharsets.UTF_8))
                        .messageAttributes(attributes())
                        .build());
            }
            SendMessageBatchResponse response =
                    sqs.sendMessageBatch(b -> b.queueUrl(url).entries(entries)).join();
            return response.successful().size();
        };
    }

    /** One SendMessage of a 2 KB body, the raw counterpart of one webhook, for latency at a given rate. */
    Call singleSend(String url, SignedWebhooks bodies) {
        return sequence -> {
            sqs.sendMessage(b -> b.queueUrl(url)
                            .messageBody(new String(bodies.body(sequence), java.nio.charset.StandardCharsets.UTF_8))
                            .messageAttributes(attributes()))
                    .join();
            return 1;
        };
    }

    /** Puts {@code count} 2 KB messages on {@code url}, {@code senders} batches at a time. */
    void fill(String url, SignedWebhooks bodies, long count, int senders) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        Call send = batchSend(url, bodies);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                for (long batch = next.getAndIncrement(); batch * BATCH < count; batch = next.getAndIncrement()) {
                    try {
                        send.call(batch);
                    } catch (Exception e) {
                        throw new IllegalStateException("could not fill the receive baseline's queue: " + e, e);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /**
     * The raw consumer: {@code receivers} loops of ReceiveMessage (10, long poll) then DeleteMessageBatch, until
     * {@code count} messages were received and deleted or {@code limit} passed; returns messages per second.
     */
    double drain(String url, long count, int receivers, Duration limit) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < receivers; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                while (done.get() < count && System.nanoTime() < deadline) {
                    List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(url)
                                    .maxNumberOfMessages(BATCH)
                                    .waitTimeSeconds(1)
                                    .messageAttributeNames("All"))
                            .join()
                            .messages();
                    if (messages.isEmpty()) {
                        continue;
                    }
                    List<DeleteMessageBatchRequestEntry> deletes = new ArrayList<>();
                    for (int m = 0; m < messages.size(); m++) {
                        deletes.add(DeleteMessageBatchRequestEntry.builder()
                                .id(Integer.toString(m))
                                .receiptHandle(messages.get(m).receiptHandle())
                                .build());
                    }
                    int deleted = sqs.deleteMessageBatch(b -> b.queueUrl(url).entries(deletes))
                            .join()
                            .successful()
                            .size();
                    done.addAndGet(deleted);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static Map<String, MessageAttributeValue> attributes() {
        return Map.of(
                "shop",
                        MessageAttributeValue.builder()
                                .dataType("String")
                                .stringValue(SignedWebhooks.SHOP)
                                .build(),
                "topic",
                        MessageAttributeValue.builder()
                                .dataType("String")
                                .stringValue("orders/create")
                                .build());
    }

    @Override
    public void close() {
        sqs.close();
    }
}
