package dev.orderrelay.destinations.ga4;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.RetryLater;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * The GA4 sender's log lines, with the ids as key-value pairs: debug for each request and each delivery, warn for a
 * failure that will be retried, info for a rejection (the worker parks it and logs that as an error). Never the body,
 * the URL's query (it holds the API secret), the client or user id, or anything about the customer.
 */
final class Ga4DeliveryLog {

    private static final Logger LOG = LoggerFactory.getLogger(Ga4Destination.class);

    void sending(Ga4Attempt first, int events, String server, String host) {
        if (LOG.isDebugEnabled()) {
            ids(LOG.atDebug(), first)
                    .addKeyValue("events", events)
                    .addKeyValue("host", host)
                    .log("sending {} event(s) to {}, first {}", events, server, first.describe());
        }
    }

    void finished(Ga4Attempt attempt, OptionalInt status, DeliveryOutcome outcome) {
        switch (outcome) {
            case Delivered delivered ->
                ids(LOG.atDebug(), attempt)
                        .addKeyValue("status", delivered.status())
                        .addKeyValue("tookMs", delivered.took().toMillis())
                        .log("delivered {}", attempt.describe());
            case RetryLater retry ->
                withRetryAfter(withStatus(ids(LOG.atWarn(), attempt), status), retry)
                        .addKeyValue("scope", retry.scope())
                        .log("will retry: {}", retry.reason());
            case Rejected rejected ->
                withStatus(ids(LOG.atInfo(), attempt), status).log("rejected: {}", rejected.reason());
        }
    }

    private static LoggingEventBuilder ids(LoggingEventBuilder event, Ga4Attempt attempt) {
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
