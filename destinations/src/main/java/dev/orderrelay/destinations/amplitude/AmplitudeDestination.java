package dev.orderrelay.destinations.amplitude;

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
import java.util.OptionalInt;

/**
 * Sends order events to Amplitude's HTTP V2 API ({@code POST {endpoint}/2/httpapi}) as revenue events: a purchase as
 * {@code Order Completed}, a refund as {@code Order Refunded} with negative revenue, each with the event's idempotency
 * key as {@code insert_id} so Amplitude drops a repeat within 7 days. The target's secret is the project's API key,
 * which travels in the body; its {@code region} setting ({@code us} or {@code eu}) picks the endpoint.
 *
 * <p>{@link #sendAll} packs a target's events into as few requests as Amplitude's limits allow. Amplitude refuses a
 * whole request for the sake of a few events and names them (a 400 lists invalid events, a 429 throttled users and
 * devices): only those are rejected or held back, and the others are sent again at once, so one bad event never parks
 * or delays its neighbours. A throttled user or device waits alone ({@link dev.orderrelay.destinations.FailureScope#EVENT}),
 * a refused API key holds back the shop's target ({@code TARGET}), and a failing or overloaded Amplitude every shop
 * ({@code ENDPOINT}).
 *
 * <p>Thread-safe; one instance serves all shops. Close it to release its connections.
 */
public final class AmplitudeDestination implements Destination, AutoCloseable {

    private final AmplitudeDestinationSettings settings;
    private final AmplitudeTransport transport;
    private final AmplitudeOutcomeClassifier classifier;
    private final AmplitudeEventMapper mapper = new AmplitudeEventMapper();
    private final AmplitudeBatcher batcher;
    private final AmplitudeDeliveryLog log = new AmplitudeDeliveryLog();

    /**
     * A sender with these settings.
     *
     * @param clock "now" for {@code Retry-After} dates and for how long a user over its daily quota waits
     */
    public AmplitudeDestination(AmplitudeDestinationSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transport = new AmplitudeTransport(settings);
        this.classifier = new AmplitudeOutcomeClassifier(clock);
        this.batcher = new AmplitudeBatcher(settings);
    }

    @Override
    public DestinationKind kind() {
        return DestinationKind.AMPLITUDE;
    }

    @Override
    public DeliveryOutcome send(OutboundEvent event, DestinationTarget target) {
        return sendAll(List.of(Objects.requireNonNull(event, "event")), target).getFirst();
    }

    @Override
    public List<DeliveryOutcome> sendAll(List<OutboundEvent> events, DestinationTarget target) {
        Objects.requireNonNull(events, "events");
        if (Objects.requireNonNull(target, "target").kind() != DestinationKind.AMPLITUDE) {
            throw new IllegalArgumentException(
                    "the amplitude sender got a " + target.kind().wireName() + " target");
        }
        if (events.isEmpty()) {
            return List.of();
        }
        AmplitudeRegion region;
        try {
            region = AmplitudeRegion.of(target);
        } catch (IllegalArgumentException e) {
            return rejectAll(events, target, "invalid target: " + e.getMessage());
        }
        if (!target.secret().isPresent()) {
            return rejectAll(
                    events,
                    target,
                    "no Amplitude API key is configured for destination '" + target.name()
                            + "': set its credentialsRef to the project's API key");
        }
        AmplitudeDelivery delivery = new AmplitudeDelivery(
                transport, classifier, log, target, region, settings.endpoint(region), events.size());
        List<PendingEvent> ready = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            OutboundEvent event = Objects.requireNonNull(events.get(i), "events must not hold null");
            try {
                PendingEvent pending = mapper.map(i, event);
                if (batcher.fitsAlone(pending, delivery.overhead())) {
                    ready.add(pending);
                } else {
                    delivery.settle(
                            event,
                            i,
                            classifier.tooLargeAlone(pending, target.name(), delivery.overhead(), batcher.maxBytes()));
                }
            } catch (IllegalArgumentException e) {
                delivery.settle(
                        event,
                        i,
                        new Rejected(PendingEvent.describe(event, target.name()) + ": not a valid order event: "
                                + e.getMessage()));
            }
        }
        batcher.chunks(ready, delivery.overhead()).forEach(chunk -> delivery.deliver(chunk, true));
        return delivery.outcomes();
    }

    private List<DeliveryOutcome> rejectAll(List<OutboundEvent> events, DestinationTarget target, String problem) {
        List<DeliveryOutcome> outcomes = new ArrayList<>(events.size());
        for (OutboundEvent event : events) {
            DeliveryOutcome outcome = new Rejected(PendingEvent.describe(event, target.name()) + ": " + problem);
            log.finished(event, target, OptionalInt.empty(), outcome);
            outcomes.add(outcome);
        }
        return outcomes;
    }

    @Override
    public void close() {
        transport.close();
    }
}
