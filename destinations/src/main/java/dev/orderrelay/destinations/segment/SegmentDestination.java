package dev.orderrelay.destinations.segment;

import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventJson;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.Destination;
import dev.orderrelay.destinations.DestinationKind;
import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.destinations.Rejected;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sends order events to Segment's HTTP Tracking API as e-commerce spec v2 Track calls ({@code Order Completed},
 * {@code Order Refunded}), in {@code /v1/batch} requests authenticated with the shop's write key. The event's
 * idempotency key is the call's {@code messageId}, on which Segment drops repeats. A target's {@code region} setting
 * ({@code us} or {@code eu}) picks the endpoint; its secret is the source's write key.
 *
 * <p>{@link #sendAll} puts as many events in one request as Segment's limits allow (32 KB per call, 500 KB and 2500
 * calls per request); a call over 32 KB is rejected alone, never truncated. Segment answers 200 to nearly everything,
 * so {@code Delivered} means Segment accepted the call, not that every downstream tool took it.
 *
 * <p>Thread-safe; one instance serves all shops. Close it to release its connections.
 */
public final class SegmentDestination implements Destination, AutoCloseable {

    private final SegmentDestinationSettings settings;
    private final SegmentTransport transport;
    private final SegmentOutcomeClassifier classifier;
    private final SegmentTrackMapper mapper = new SegmentTrackMapper();
    private final SegmentBatches batches;
    private final SegmentDeliveryLog log = new SegmentDeliveryLog();

    /**
     * A sender with these settings.
     *
     * @param clock "now" for {@code Retry-After} dates and reset times
     */
    public SegmentDestination(SegmentDestinationSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transport = new SegmentTransport(settings);
        this.classifier = new SegmentOutcomeClassifier(clock);
        this.batches = new SegmentBatches(settings.maxBatchEvents(), settings.maxBatchBytes());
    }

    @Override
    public DestinationKind kind() {
        return DestinationKind.SEGMENT;
    }

    @Override
    public DeliveryOutcome send(OutboundEvent event, DestinationTarget target) {
        return sendAll(List.of(Objects.requireNonNull(event, "event")), target).getFirst();
    }

    @Override
    public List<DeliveryOutcome> sendAll(List<OutboundEvent> events, DestinationTarget target) {
        Objects.requireNonNull(events, "events");
        if (Objects.requireNonNull(target, "target").kind() != DestinationKind.SEGMENT) {
            throw new IllegalArgumentException(
                    "the segment sender got a " + target.kind().wireName() + " target");
        }
        DeliveryOutcome[] outcomes = new DeliveryOutcome[events.size()];
        SegmentTargetSettings targetSettings;
        try {
            targetSettings = SegmentTargetSettings.of(target);
        } catch (IllegalArgumentException e) {
            return rejectAll(events, target, outcomes, "invalid target: " + e.getMessage());
        }
        if (!target.secret().isPresent()) {
            return rejectAll(
                    events,
                    target,
                    outcomes,
                    "no Segment write key is configured for this destination: set its credentialsRef to the"
                            + " write key of the shop's Segment source");
        }
        List<EncodedEvent> ready = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            SegmentAttempt attempt = new SegmentAttempt(Objects.requireNonNull(events.get(i), "event"), target);
            try {
                ready.add(encode(i, attempt, targetSettings));
            } catch (IllegalArgumentException e) {
                outcomes[i] = new Rejected(attempt.describe() + ": " + e.getMessage());
                log.rejected(attempt, outcomes[i]);
            }
        }
        SegmentBatchDelivery delivery = new SegmentBatchDelivery(
                transport,
                classifier,
                log,
                settings.batchUri(targetSettings.region()),
                WriteKey.of(target.secret()),
                outcomes);
        batches.cut(ready).forEach(delivery::send);
        return List.of(outcomes);
    }

    /**
     * The event as a Track call, serialized.
     *
     * @throws IllegalArgumentException saying why it cannot be sent: not an order event, or over Segment's size limit
     */
    private EncodedEvent encode(int index, SegmentAttempt attempt, SegmentTargetSettings targetSettings) {
        OutboundEvent event = attempt.event();
        OrderEvent order;
        try {
            order = OrderEventJson.fromTree(event.payload());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the payload is not a valid order event: " + e.getMessage(), e);
        }
        if (!order.shop().equals(event.shop()) || !order.orderId().equals(event.orderId())) {
            throw new IllegalArgumentException("the payload is an event of order " + order.orderId() + " of shop "
                    + order.shop() + ", not of the order it is sent for");
        }
        byte[] json = mapper.encode(
                mapper.map(event, order, targetSettings.affiliation().orElse(order.shop())));
        if (json.length > SegmentDestinationSettings.MAX_EVENT_BYTES) {
            throw new IllegalArgumentException("its Segment call is " + json.length + " bytes, over Segment's limit"
                    + " of 32 KB (" + SegmentDestinationSettings.MAX_EVENT_BYTES + " bytes) per event; nothing was"
                    + " sent, since a call is never truncated");
        }
        return new EncodedEvent(index, attempt, json);
    }

    private List<DeliveryOutcome> rejectAll(
            List<OutboundEvent> events, DestinationTarget target, DeliveryOutcome[] outcomes, String why) {
        for (int i = 0; i < events.size(); i++) {
            SegmentAttempt attempt = new SegmentAttempt(Objects.requireNonNull(events.get(i), "event"), target);
            outcomes[i] = new Rejected(attempt.describe() + ": " + why);
            log.rejected(attempt, outcomes[i]);
        }
        return List.of(outcomes);
    }

    @Override
    public void close() {
        transport.close();
    }
}
