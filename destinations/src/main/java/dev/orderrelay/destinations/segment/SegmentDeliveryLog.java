package dev.orderrelay.destinations.segment;

import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.Rejected;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * The Segment sender's log lines, with the ids as key-value pairs. Per request: debug when sending and when accepted,
 * info when a refused batch is split, warn when it will be retried. Per event: info for a rejection (the worker parks
 * it and logs that as an error). A request of one event names its order; a larger one gives its size. Never a body, a
 * write key, or an authorization header.
 */
final class SegmentDeliveryLog {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentDestination.class);

    void sending(List<EncodedEvent> events, URI uri) {
        if (LOG.isDebugEnabled()) {
            ids(LOG.atDebug(), events).addKeyValue("host", uri.getHost()).log("sending to Segment");
        }
    }

    void answered(List<EncodedEvent> events, SegmentVerdict verdict, Duration took) {
        switch (verdict.kind()) {
            case ACCEPTED ->
                withStatus(ids(LOG.atDebug(), events), verdict)
                        .addKeyValue("tookMs", took.toMillis())
                        .log("Segment accepted the request");
            case RETRY -> {
                LoggingEventBuilder line =
                        withStatus(ids(LOG.atWarn(), events), verdict).addKeyValue("scope", verdict.scope());
                if (verdict.delay().isPresent()) {
                    line = line.addKeyValue(
                            "retryAfterMs", verdict.delay().get().toMillis());
                }
                line.log("will retry: {}", verdict.cause());
            }
            case REFUSED -> {
                if (events.size() > 1) {
                    withStatus(ids(LOG.atInfo(), events), verdict)
                            .log("Segment refused a batch; sending its halves apart to find the refused events");
                }
            }
        }
    }

    void rejected(SegmentAttempt attempt, DeliveryOutcome outcome) {
        if (outcome instanceof Rejected rejected) {
            LOG.atInfo()
                    .addKeyValue("shop", attempt.event().shop())
                    .addKeyValue("orderId", attempt.event().orderId())
                    .addKeyValue("event", attempt.event().event())
                    .addKeyValue("destination", attempt.target().name())
                    .log("rejected: {}", rejected.reason());
        }
    }

    private static LoggingEventBuilder ids(LoggingEventBuilder line, List<EncodedEvent> events) {
        SegmentAttempt first = events.getFirst().attempt();
        DestinationTarget target = first.target();
        line = line.addKeyValue("shop", first.event().shop()).addKeyValue("destination", target.name());
        if (events.size() == 1) {
            return line.addKeyValue("orderId", first.event().orderId())
                    .addKeyValue("event", first.event().event());
        }
        return line.addKeyValue("events", events.size());
    }

    private static LoggingEventBuilder withStatus(LoggingEventBuilder line, SegmentVerdict verdict) {
        return verdict.status() < 0 ? line : line.addKeyValue("status", verdict.status());
    }
}
