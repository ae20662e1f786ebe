package dev.orderrelay.destinations.amplitude;

import java.util.ArrayList;
import java.util.List;

/**
 * Shares events among as few requests as Amplitude's limits allow, keeping their order: at most
 * {@code maxEventsPerRequest} events and {@code maxRequestBytes} bytes per body.
 */
final class AmplitudeBatcher {

    private final int maxEvents;
    private final int maxBytes;

    AmplitudeBatcher(AmplitudeDestinationSettings settings) {
        this.maxEvents = settings.maxEventsPerRequest();
        this.maxBytes = settings.maxRequestBytes();
    }

    int maxBytes() {
        return maxBytes;
    }

    /** Whether {@code event} fits a request on its own, given the body's {@code overhead}. */
    boolean fitsAlone(PendingEvent event, int overhead) {
        return (long) overhead + event.size() <= maxBytes;
    }

    /** The requests for {@code events}, each of which {@link #fitsAlone fits alone}, in order. */
    List<List<PendingEvent>> chunks(List<PendingEvent> events, int overhead) {
        List<List<PendingEvent>> chunks = new ArrayList<>();
        List<PendingEvent> current = new ArrayList<>();
        long bytes = overhead;
        for (PendingEvent event : events) {
            long grown = bytes + event.size() + (current.isEmpty() ? 0 : 1);
            if (!current.isEmpty() && (current.size() == maxEvents || grown > maxBytes)) {
                chunks.add(List.copyOf(current));
                current.clear();
                grown = (long) overhead + event.size();
            }
            current.add(event);
            bytes = grown;
        }
        if (!current.isEmpty()) {
            chunks.add(List.copyOf(current));
        }
        return chunks;
    }
}
