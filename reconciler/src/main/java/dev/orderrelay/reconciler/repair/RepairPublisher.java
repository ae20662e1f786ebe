package dev.orderrelay.reconciler.repair;

import dev.orderrelay.core.envelope.BodyReference;
import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeAttributes;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.core.envelope.EnvelopeSource;
import dev.orderrelay.core.envelope.PayloadFormat;
import dev.orderrelay.core.envelope.Sha256;
import dev.orderrelay.reconciler.ReconcilerProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Puts an order fetched from the source on the ingest queue as an {@code admin-graphql} envelope with
 * {@code source=reconciler}, storing a large body in object storage first, as the receiver does. The worker then
 * treats it like any delivery: a missing order is processed, a processed one only republishes the deliveries still
 * pending, so a repair never sends an event twice. Each repair carries its own delivery id, so the worker's
 * delivery dedupe does not swallow a later run's repair of the same order.
 */
@Component
public class RepairPublisher {

    private final SqsAsyncClient sqs;
    private final S3Client s3;
    private final ReconcilerProperties properties;
    private final Clock clock;
    private volatile String queueUrl;

    RepairPublisher(SqsAsyncClient sqs, S3Client s3, ReconcilerProperties properties, Clock clock) {
        this.sqs = sqs;
        this.s3 = s3;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Enqueues {@code body} (the order in admin-graphql format) for {@code shop}.
     *
     * @param topic {@code orders/create} for an order the ledger never saw, {@code orders/updated} otherwise
     * @param deliveryId unique per run and order, e.g. {@code reconciler-<runId>-<orderId>}
     */
    public void publish(String shop, String topic, String deliveryId, String apiVersion, String body) {
        Instant now = clock.instant();
        Envelope envelope = new Envelope(
                Envelope.CURRENT_VERSION,
                EnvelopeSource.RECONCILER,
                Envelope.PLATFORM_SHOPIFY,
                shop,
                topic,
                deliveryId,
                null,
                now,
                apiVersion,
                now,
                PayloadFormat.ADMIN_GRAPHQL,
                body,
                null,
                null);
        String json = EnvelopeJson.write(envelope);
        if (EnvelopeJson.utf8Size(json) > properties.inlineLimit().toBytes()) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String sha256 = Sha256.hex(bytes);
            BodyReference reference = BodyReference.forSha256(properties.bodiesBucket(), sha256);
            s3.putObject(
                    b -> b.bucket(reference.bucket()).key(reference.key()).contentType("application/json"),
                    RequestBody.fromBytes(bytes));
            json = EnvelopeJson.write(envelope.withBodyStoredAt(reference, sha256));
        }
        String message = json;
        try {
            sqs.sendMessage(b -> b.queueUrl(queueUrl())
                            .messageBody(message)
                            .messageAttributes(
                                    Map.of(EnvelopeAttributes.SHOP, text(shop), EnvelopeAttributes.TOPIC, text(topic))))
                    .join();
        } catch (CompletionException e) {
            throw new RequeueFailedException(
                    "could not requeue an order of shop " + shop + " on " + properties.ingestQueue() + ": "
                            + e.getCause().getMessage() + "; the next run finds it again",
                    e.getCause());
        }
    }

    private String queueUrl() {
        String url = queueUrl;
        if (url == null) {
            url = sqs.getQueueUrl(b -> b.queueName(properties.ingestQueue()))
                    .join()
                    .queueUrl();
            queueUrl = url;
        }
        return url;
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder()
                .dataType("String")
                .stringValue(value)
                .build();
    }
}
