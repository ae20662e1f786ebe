package dev.orderrelay.devstack.destinations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every accepted event in arrival order, each flagged when its destination had seen its key before. One lock covers
 * both the list and the seen keys, so the first of two concurrent deliveries of a key is the one listed first.
 */
final class EventLog {

    private final String kind;
    private final List<RecordedEvent> events = new ArrayList<>();
    private final Map<String, Set<String>> keysByDestination = new HashMap<>();

    EventLog(String kind) {
        this.kind = kind;
    }

    synchronized RecordedEvent record(String destination, String key, WebhookBody body, Instant receivedAt) {
        boolean duplicate = !keysByDestination
                .computeIfAbsent(destination, name -> new HashSet<>())
                .add(key);
        RecordedEvent event = new RecordedEvent(
                kind,
                destination,
                body.shop(),
                key,
                body.orderId(),
                body.event(),
                body.type(),
                duplicate,
                receivedAt,
                body.document());
        events.add(event);
        return event;
    }

    synchronized List<RecordedEvent> matching(EventFilter filter) {
        return events.stream().filter(filter::matches).toList();
    }

    /** Forgets every event and every key seen, so the next delivery of any key counts as a first. */
    synchronized void clear() {
        events.clear();
        keysByDestination.clear();
    }
}
