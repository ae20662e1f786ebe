package dev.orderrelay.devstack.destinations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every accepted event in arrival order, each flagged when its dedupe scope had seen its key before, the way the real
 * service keys it (a webhook destination's {@code webhook-id}, a GA4 stream's {@code transaction_id}, Segment's
 * {@code messageId}, an Amplitude project's {@code insert_id}). One lock covers both the list and the seen keys, so the
 * first of two concurrent deliveries of a key is the one listed first. Thread-safe.
 */
public final class EventLog {

    private final List<RecordedEvent> events = new ArrayList<>();
    private final Map<String, Map<String, Instant>> countedByScope = new HashMap<>();

    /** Records {@code event}, flagged as a duplicate when {@code scope} has ever seen its key. */
    public RecordedEvent record(String scope, RecordedEvent event) {
        return record(scope, event, null);
    }

    /**
     * Records {@code event}, flagged as a duplicate when {@code scope} counted its key less than {@code window} before
     * (or ever, when {@code window} is {@code null}); the sender's {@code duplicate} flag is ignored.
     */
    public synchronized RecordedEvent record(String scope, RecordedEvent event, Duration window) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(event, "event");
        Map<String, Instant> counted = countedByScope.computeIfAbsent(scope, name -> new HashMap<>());
        Instant previous = counted.get(event.key());
        boolean duplicate =
                previous != null && (window == null || event.receivedAt().isBefore(previous.plus(window)));
        if (!duplicate) {
            counted.put(event.key(), event.receivedAt());
        }
        RecordedEvent recorded = event.withDuplicate(duplicate);
        events.add(recorded);
        return recorded;
    }

    public synchronized List<RecordedEvent> matching(EventFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return events.stream().filter(filter::matches).toList();
    }

    /** Forgets every event and every key seen, so the next delivery of any key counts as a first. */
    public synchronized void clear() {
        events.clear();
        countedByScope.clear();
    }
}
