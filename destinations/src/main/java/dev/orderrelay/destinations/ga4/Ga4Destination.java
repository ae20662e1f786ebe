package dev.orderrelay.destinations.ga4;

import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.Destination;
import dev.orderrelay.destinations.DestinationKind;
import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.OutboundEvent;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Sends order events to GA4 through the Measurement Protocol ({@code POST /mp/collect}) as {@code purchase} and
 * {@code refund} events. The target's {@code measurementId} setting names the web stream, its secret is the stream's
 * Measurement Protocol API secret; {@code validate=true} first posts each body to GA4's validation server
 * ({@code /debug/mp/collect}) and refuses what it reports, and {@code region=eu} sends to GA4's EU endpoint.
 *
 * <p>GA4 has no event key and answers 2xx even for events it drops, so the sender refuses locally what GA4 would drop
 * or miscount (see {@link Ga4EventMapper}); the order id, as {@code transaction_id}, is what GA4 dedupes purchases by.
 * Redirects are never followed.
 *
 * <p>Thread-safe; one instance serves all shops. Close it to release its connections.
 */
public final class Ga4Destination implements Destination, AutoCloseable {

    static final String GA4 = "GA4";
    static final String VALIDATION_SERVER = "GA4's validation server";

    private final Ga4DestinationSettings settings;
    private final Clock clock;
    private final Ga4Transport transport;
    private final Ga4OutcomeClassifier classifier;
    private final Ga4EventMapper mapper = new Ga4EventMapper();
    private final Ga4DeliveryLog log = new Ga4DeliveryLog();

    /**
     * A sender with these settings.
     *
     * @param clock "now" for the 72 h back-dating limit and for {@code Retry-After} dates
     */
    public Ga4Destination(Ga4DestinationSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transport = new Ga4Transport(settings);
        this.classifier = new Ga4OutcomeClassifier(clock);
    }

    @Override
    public DestinationKind kind() {
        return DestinationKind.GA4;
    }

    @Override
    public DeliveryOutcome send(OutboundEvent event, DestinationTarget target) {
        return sendAll(List.of(Objects.requireNonNull(event, "event")), target).getFirst();
    }

    @Override
    public List<DeliveryOutcome> sendAll(List<OutboundEvent> events, DestinationTarget target) {
        if (Objects.requireNonNull(target, "target").kind() != DestinationKind.GA4) {
            throw new IllegalArgumentException(
                    "the ga4 sender got a " + target.kind().wireName() + " target");
        }
        List<Ga4Attempt> attempts =
                events.stream().map(event -> new Ga4Attempt(event, target)).toList();
        Ga4Outcomes outcomes = new Ga4Outcomes(attempts, log);
        Ga4TargetConfig config;
        try {
            config = Ga4TargetConfig.of(target);
        } catch (IllegalArgumentException e) {
            outcomes.rejectAll(e.getMessage());
            return outcomes.list();
        }
        Instant now = clock.instant();
        List<Ga4Event> mapped = new ArrayList<>();
        for (int position = 0; position < attempts.size(); position++) {
            try {
                mapped.add(mapper.map(position, attempts.get(position), now));
            } catch (UnsendableEventException e) {
                outcomes.reject(position, e.getMessage());
            }
        }
        Ga4Stream stream = new Ga4Stream(transport, settings.endpoints(config.region()), config, target.secret());
        for (List<Ga4Event> batch : Ga4Batches.of(mapped)) {
            deliver(batch, stream, config.validate(), outcomes);
        }
        return outcomes.list();
    }

    private void deliver(List<Ga4Event> batch, Ga4Stream stream, boolean validate, Ga4Outcomes outcomes) {
        List<Ga4Event> valid = validate ? validated(batch, stream, outcomes) : batch;
        if (valid.isEmpty()) {
            return;
        }
        log.sending(valid.getFirst().attempt(), valid.size(), GA4, stream.host());
        long started = System.nanoTime();
        try {
            Ga4Response answer = stream.collect(Ga4RequestBody.of(valid));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            for (Ga4Event event : valid) {
                outcomes.set(
                        event,
                        classifier.classify(answer, took, event.attempt(), GA4),
                        OptionalInt.of(answer.status()));
            }
        } catch (IOException e) {
            valid.forEach(
                    event -> outcomes.set(event, classifier.failed(e, event.attempt(), GA4), OptionalInt.empty()));
        }
    }

    /**
     * The events of {@code batch} the validation server finds valid; every other one gets its outcome here. Messages
     * that do not say which event they concern make each event be asked about (and sent) alone.
     */
    private List<Ga4Event> validated(List<Ga4Event> batch, Ga4Stream stream, Ga4Outcomes outcomes) {
        log.sending(batch.getFirst().attempt(), batch.size(), VALIDATION_SERVER, stream.host());
        Ga4Response answer;
        long started = System.nanoTime();
        try {
            answer = stream.validate(Ga4RequestBody.of(batch));
        } catch (IOException e) {
            batch.forEach(event ->
                    outcomes.set(event, classifier.failed(e, event.attempt(), VALIDATION_SERVER), OptionalInt.empty()));
            return List.of();
        }
        OptionalInt status = OptionalInt.of(answer.status());
        if (!answer.isSuccess()) {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            batch.forEach(event ->
                    outcomes.set(event, classifier.classify(answer, took, event.attempt(), VALIDATION_SERVER), status));
            return List.of();
        }
        List<Ga4ValidationMessage> messages;
        try {
            messages = Ga4ValidationMessage.parse(answer.body());
        } catch (IllegalArgumentException e) {
            batch.forEach(event -> outcomes.set(event, classifier.unreadable(answer, event.attempt()), status));
            return List.of();
        }
        if (messages.isEmpty()) {
            return batch;
        }
        if (batch.size() == 1) {
            outcomes.set(
                    batch.getFirst(),
                    classifier.invalid(messages, batch.getFirst().attempt()),
                    status);
            return List.of();
        }
        if (messages.stream().anyMatch(message -> message.eventIndex().orElse(batch.size()) >= batch.size())) {
            batch.forEach(event -> deliver(List.of(event), stream, true, outcomes));
            return List.of();
        }
        Map<Integer, List<Ga4ValidationMessage>> byIndex = messages.stream()
                .collect(Collectors.groupingBy(message -> message.eventIndex().getAsInt()));
        List<Ga4Event> valid = new ArrayList<>();
        for (int index = 0; index < batch.size(); index++) {
            Ga4Event event = batch.get(index);
            if (byIndex.containsKey(index)) {
                outcomes.set(event, classifier.invalid(byIndex.get(index), event.attempt()), status);
            } else {
                valid.add(event);
            }
        }
        return valid;
    }

    @Override
    public void close() {
        transport.close();
    }
}
