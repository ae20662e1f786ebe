package dev.orderrelay.destinations.amplitude;

import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.OutboundEvent;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One {@code sendAll} call's requests to one target. It sends each batch, sends again at once the events Amplitude
 * refused only because of others in their request (once: a second refusal leaves them to the worker's back-off),
 * splits a batch Amplitude finds too large into halves, and collects one outcome per event in the caller's order.
 * Not thread-safe: one per call.
 */
final class AmplitudeDelivery {

    private final AmplitudeTransport transport;
    private final AmplitudeOutcomeClassifier classifier;
    private final AmplitudeDeliveryLog log;
    private final DestinationTarget target;
    private final AmplitudeRegion region;
    private final URI uri;
    private final AmplitudeRequestBody body;
    private final KeyRedactor key;
    private final DeliveryOutcome[] outcomes;

    AmplitudeDelivery(
            AmplitudeTransport transport,
            AmplitudeOutcomeClassifier classifier,
            AmplitudeDeliveryLog log,
            DestinationTarget target,
            AmplitudeRegion region,
            URI uri,
            int events) {
        this.transport = transport;
        this.classifier = classifier;
        this.log = log;
        this.target = target;
        this.region = region;
        this.uri = uri;
        this.body = new AmplitudeRequestBody(target.secret().reveal());
        this.key = new KeyRedactor(target.secret());
        this.outcomes = new DeliveryOutcome[events];
    }

    /** The bytes every request of this call takes besides its events. */
    int overhead() {
        return body.overhead();
    }

    /** Settles the event at {@code position} before any request, e.g. one that could not be mapped. */
    void settle(OutboundEvent event, int position, DeliveryOutcome outcome) {
        settle(event, position, OptionalInt.empty(), outcome);
    }

    /** Sends {@code events} in one request, then again those refused for others' sake, if {@code mayResend}. */
    void deliver(List<PendingEvent> events, boolean mayResend) {
        byte[] bytes = body.write(events);
        log.sending(events.getFirst().event().shop(), target, region, events.size(), bytes.length, !mayResend);
        long started = System.nanoTime();
        AmplitudeResponse response;
        try {
            response = transport.post(uri, bytes);
        } catch (IOException e) {
            events.forEach(event -> settle(event, OptionalInt.empty(), classifier.classify(e, event, target.name())));
            return;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        OptionalInt status = OptionalInt.of(response.status());
        switch (classifier.classify(response, events, took, target.name(), key)) {
            case RequestVerdict.TooLarge tooLarge -> {
                int half = events.size() / 2;
                deliver(events.subList(0, half), mayResend);
                deliver(events.subList(half, events.size()), mayResend);
            }
            case RequestVerdict.PerEvent perEvent -> {
                List<PendingEvent> again = new ArrayList<>();
                for (int i = 0; i < events.size(); i++) {
                    Optional<DeliveryOutcome> outcome = perEvent.outcomes().get(i);
                    if (outcome.isPresent()) {
                        settle(events.get(i), status, outcome.get());
                    } else {
                        again.add(events.get(i));
                    }
                }
                if (!again.isEmpty() && mayResend) {
                    deliver(again, false);
                } else {
                    again.forEach(event -> settle(event, status, classifier.refusedAgain(event, target.name())));
                }
            }
        }
    }

    /** One outcome per event, in the caller's order. */
    List<DeliveryOutcome> outcomes() {
        for (DeliveryOutcome outcome : outcomes) {
            if (outcome == null) {
                throw new IllegalStateException("an event of the batch was left without an outcome");
            }
        }
        return List.of(outcomes);
    }

    private void settle(PendingEvent event, OptionalInt status, DeliveryOutcome outcome) {
        settle(event.event(), event.position(), status, outcome);
    }

    private void settle(OutboundEvent event, int position, OptionalInt status, DeliveryOutcome outcome) {
        outcomes[position] = outcome;
        log.finished(event, target, status, outcome);
    }
}
