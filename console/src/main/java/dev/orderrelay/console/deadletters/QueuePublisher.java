package dev.orderrelay.console.deadletters;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;

/** Puts a replayed message on its queue, waiting a bounded time for SQS to accept it. */
class QueuePublisher {

    private static final Logger log = LoggerFactory.getLogger(QueuePublisher.class);

    private final SqsAsyncClient sqs;
    private final Duration timeout;

    QueuePublisher(SqsAsyncClient sqs, Duration timeout) {
        this.sqs = sqs;
        this.timeout = timeout;
    }

    /** Sends the plan's message; {@link QueueUnavailableException} when SQS refuses or does not answer in time. */
    void publish(ReplayPlan plan, String shop) {
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        plan.attributes().forEach((name, value) -> attributes.put(name, text(value)));
        CompletableFuture<SendMessageResponse> sent = null;
        try {
            sent = sqs.sendMessage(
                    b -> b.queueUrl(plan.queueUrl()).messageBody(plan.body()).messageAttributes(attributes));
            sent.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // A late acceptance is still possible; a second copy is harmless: claims and ledger registration make
            // the worker deliver an event once, however often it is published.
            sent.cancel(true);
            throw unavailable(shop, plan, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(shop, plan, e);
        } catch (ExecutionException | RuntimeException e) {
            throw unavailable(shop, plan, e);
        }
    }

    private static QueueUnavailableException unavailable(String shop, ReplayPlan plan, Exception cause) {
        Throwable root = cause instanceof ExecutionException && cause.getCause() != null ? cause.getCause() : cause;
        log.warn(
                "replay not published shop={} queue={} error={}",
                shop,
                plan.queueUrl(),
                root.getClass().getSimpleName());
        return new QueueUnavailableException(shop);
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder()
                .dataType("String")
                .stringValue(value)
                .build();
    }
}
