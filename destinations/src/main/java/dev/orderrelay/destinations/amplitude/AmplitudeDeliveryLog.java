package dev.orderrelay.destinations.amplitude;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.RetryLater;
import java.util.Locale;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * The Amplitude sender's log lines, with the ids as key-value pairs: debug for each request and each delivery, warn for
 * an event that will be retried, info for a rejection (the worker parks it and logs that as an error). Never the body,
 * the API key, or the user and device ids.
 */
final class AmplitudeDeliveryLog {

    private static final Logger LOG = LoggerFactory.getLogger(AmplitudeDestination.class);

    void sending(String shop, DestinationTarget target, AmplitudeRegion region, int events, int bytes, boolean again) {
        if (LOG.isDebugEnabled()) {
            LOG.atDebug()
                    .addKeyValue("shop", shop)
                    .addKeyValue("destination", target.name())
                    .addKeyValue("region", region.name().toLowerCase(Locale.ROOT))
                    .addKeyValue("events", events)
                    .addKeyValue("bytes", bytes)
                    .log(again ? "sending {} events again to Amplitude" : "sending {} events to Amplitude", events);
        }
    }

    void finished(OutboundEvent event, DestinationTarget target, OptionalInt status, DeliveryOutcome outcome) {
        switch (outcome) {
            case Delivered delivered ->
                ids(LOG.atDebug(), event, target)
                        .addKeyValue("status", delivered.status())
                        .addKeyValue("tookMs", delivered.took().toMillis())
                        .log("delivered {}", PendingEvent.describe(event, target.name()));
            case RetryLater retry ->
                withRetryAfter(withStatus(ids(LOG.atWarn(), event, target), status), retry)
                        .addKeyValue("scope", retry.scope())
                        .log("will retry: {}", retry.reason());
            case Rejected rejected ->
                withStatus(ids(LOG.atInfo(), event, target), status).log("rejected: {}", rejected.reason());
        }
    }

    private static LoggingEventBuilder ids(LoggingEventBuilder line, OutboundEvent event, DestinationTarget target) {
        return line.addKeyValue("shop", event.shop())
                .addKeyValue("orderId", event.orderId())
                .addKeyValue("event", event.event())
                .addKeyValue("destination", target.name());
    }

    private static LoggingEventBuilder withRetryAfter(LoggingEventBuilder line, RetryLater retry) {
        return retry.delay().isPresent()
                ? line.addKeyValue("retryAfterMs", retry.delay().get().toMillis())
                : line;
    }

    private static LoggingEventBuilder withStatus(LoggingEventBuilder line, OptionalInt status) {
        return status.isPresent() ? line.addKeyValue("status", status.getAsInt()) : line;
    }
}
