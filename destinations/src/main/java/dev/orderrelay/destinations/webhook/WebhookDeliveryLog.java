package dev.orderrelay.destinations.webhook;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.RetryLater;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * The webhook sender's log lines, with the ids as key-value pairs: debug for each attempt and each delivery, warn for a
 * failure that will be retried, info for a rejection (the worker parks it and logs that as an error). Never the body,
 * the secret, the signature or the URL's path and query.
 */
final class WebhookDeliveryLog {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDestination.class);

    void sending(DeliveryAttempt attempt, String host) {
        if (LOG.isDebugEnabled()) {
            ids(LOG.atDebug(), attempt).addKeyValue("host", host).log("sending {}", attempt.describe());
        }
    }

    void finished(DeliveryAttempt attempt, OptionalInt status, DeliveryOutcome outcome) {
        switch (outcome) {
            case Delivered delivered ->
                ids(LOG.atDebug(), attempt)
                        .addKeyValue("status", delivered.status())
                        .addKeyValue("tookMs", delivered.took().toMillis())
                        .log("delivered {}", attempt.describe());
            case RetryLater retry ->
                withRetryAfter(withStatus(ids(LOG.atWarn(), attempt), status), retry)
                        .log("will retry: {}", retry.reason());
            case Rejected rejected ->
                withStatus(ids(LOG.atInfo(), attempt), status).log("rejected: {}", rejected.reason());
        }
    }

    private static LoggingEventBuilder ids(LoggingEventBuilder event, DeliveryAttempt attempt) {
        return event.addKeyValue("shop", attempt.event().shop())
                .addKeyValue("orderId", attempt.event().orderId())
                .addKeyValue("event", attempt.event().event())
                .addKeyValue("destination", attempt.target().name());
    }

    private static LoggingEventBuilder withRetryAfter(LoggingEventBuilder event, RetryLater retry) {
        return retry.delay().isPresent()
                ? event.addKeyValue("retryAfterMs", retry.delay().get().toMillis())
                : event;
    }

    private static LoggingEventBuilder withStatus(LoggingEventBuilder event, OptionalInt status) {
        return status.isPresent() ? event.addKeyValue("status", status.getAsInt()) : event;
    }
}
