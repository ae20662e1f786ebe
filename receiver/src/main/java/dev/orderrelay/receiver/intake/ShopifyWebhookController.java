package dev.orderrelay.receiver.intake;

import dev.orderrelay.receiver.ReceiverProperties;
import dev.orderrelay.receiver.enqueue.BodyPlacement;
import dev.orderrelay.receiver.enqueue.EnqueueFailedException;
import dev.orderrelay.receiver.enqueue.IncomingWebhook;
import dev.orderrelay.receiver.enqueue.IngestQueuePublisher;
import dev.orderrelay.receiver.signature.SignatureVerifier;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/shopify}. Checks, in this order: size (413, before reading more than the limit),
 * signature (401), required headers (400); then enqueues and answers 200 only once SQS holds the message, or
 * 503 so Shopify retries. The body is never parsed here.
 */
@RestController
class ShopifyWebhookController {

    private static final Logger log = LoggerFactory.getLogger(ShopifyWebhookController.class);

    private final SignatureVerifier signatures;
    private final IngestQueuePublisher publisher;
    private final WebhookMetrics metrics;
    private final ReceiverProperties properties;
    private final Clock clock;

    ShopifyWebhookController(
            SignatureVerifier signatures,
            IngestQueuePublisher publisher,
            WebhookMetrics metrics,
            ReceiverProperties properties,
            Clock clock) {
        this.signatures = signatures;
        this.publisher = publisher;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping("/webhooks/shopify")
    ResponseEntity<Object> receive(HttpServletRequest request) throws IOException {
        Instant receivedAt = clock.instant();
        long maxBytes = properties.maxBody().toBytes();
        Optional<byte[]> read = BoundedBody.read(request.getInputStream(), request.getContentLengthLong(), maxBytes);
        if (read.isEmpty()) {
            return reject(WebhookRejection.BODY_TOO_LARGE, WebhookProblems.tooLarge(maxBytes));
        }
        byte[] body = read.get();
        if (!signatures.isValid(body, request.getHeader(ShopifyHeaders.HMAC))) {
            return reject(WebhookRejection.BAD_SIGNATURE, WebhookProblems.badSignature());
        }
        for (String header : ShopifyHeaders.REQUIRED) {
            if (isBlank(request.getHeader(header))) {
                return reject(WebhookRejection.MISSING_HEADER, WebhookProblems.missingHeader(header));
            }
        }
        return enqueue(webhook(request, body, receivedAt), receivedAt.plus(properties.enqueueDeadline()));
    }

    private ResponseEntity<Object> enqueue(IncomingWebhook webhook, Instant deadline) {
        long started = System.nanoTime();
        try {
            BodyPlacement placement = publisher.publish(webhook, deadline);
            metrics.accepted(webhook.shop(), webhook.topic(), Duration.ofNanos(System.nanoTime() - started));
            log.debug(
                    "webhook enqueued shop={} topic={} webhookId={} bytes={} body={}",
                    webhook.shop(),
                    webhook.topic(),
                    webhook.webhookId(),
                    webhook.body().length,
                    placement);
            return ResponseEntity.ok().build();
        } catch (EnqueueFailedException e) {
            metrics.unavailable(
                    webhook.shop(), webhook.topic(), e.reason().tag(), Duration.ofNanos(System.nanoTime() - started));
            log.warn(
                    "webhook not enqueued, answered 503 so Shopify retries: shop={} topic={} webhookId={} reason={}: {}",
                    webhook.shop(),
                    webhook.topic(),
                    webhook.webhookId(),
                    e.reason().tag(),
                    e.getMessage());
            return WebhookProblems.queueUnavailable();
        }
    }

    private ResponseEntity<Object> reject(WebhookRejection rejection, ResponseEntity<Object> answer) {
        metrics.rejected(rejection);
        log.debug("webhook rejected: {}", rejection.code());
        return answer;
    }

    private static IncomingWebhook webhook(HttpServletRequest request, byte[] body, Instant receivedAt) {
        return new IncomingWebhook(
                request.getHeader(ShopifyHeaders.SHOP_DOMAIN).strip(),
                request.getHeader(ShopifyHeaders.TOPIC).strip(),
                request.getHeader(ShopifyHeaders.WEBHOOK_ID).strip(),
                request.getHeader(ShopifyHeaders.EVENT_ID),
                instantOrNull(request.getHeader(ShopifyHeaders.TRIGGERED_AT)),
                request.getHeader(ShopifyHeaders.API_VERSION),
                body,
                receivedAt);
    }

    /** A malformed timestamp is not worth a retry loop: the envelope goes without it. */
    private static Instant instantOrNull(String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
