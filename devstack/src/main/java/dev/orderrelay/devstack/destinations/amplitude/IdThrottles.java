package dev.orderrelay.devstack.destinations.amplitude;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Amplitude's per-id throttle: more than 30 events a second for one {@code user_id} or {@code device_id} (events
 * ingested in the last second plus those of the upload at hand) gets the upload a 429, and a test can throttle chosen
 * ids for a while. A throttled upload ingests nothing, which is what Amplitude's own SDKs assume when they retry every
 * event of it. Thread-safe: checking and counting an upload happen under one lock.
 */
final class IdThrottles {

    static final int EPS_THRESHOLD = 30;
    static final Duration WINDOW = Duration.ofSeconds(1);

    private final Clock clock;
    private final Map<String, Instant> heldUntil = new HashMap<>();
    private final Map<String, Deque<Instant>> recent = new HashMap<>();

    IdThrottles(Clock clock) {
        this.clock = clock;
    }

    /** Which ids of an upload are throttled, at what rate, and the indices of their events. */
    record Throttled(Map<String, Integer> users, Map<String, Integer> devices, List<Integer> events) {}

    synchronized void holdUser(String userId, Duration duration) {
        heldUntil.put(user(userId), clock.instant().plus(duration));
    }

    synchronized void holdDevice(String deviceId, Duration duration) {
        heldUntil.put(device(deviceId), clock.instant().plus(duration));
    }

    synchronized void clear() {
        heldUntil.clear();
        recent.clear();
    }

    /** Empty, after counting the upload's events, when none of its ids is throttled; else what is, counting nothing. */
    synchronized Optional<Throttled> admit(List<IncomingEvent> events) {
        Instant now = clock.instant();
        Map<String, Integer> inUpload = new HashMap<>();
        for (IncomingEvent event : events) {
            ids(event).forEach(id -> inUpload.merge(id, 1, Integer::sum));
        }
        Map<String, Integer> users = new LinkedHashMap<>();
        Map<String, Integer> devices = new LinkedHashMap<>();
        List<Integer> throttledEvents = new ArrayList<>();
        for (IncomingEvent event : events) {
            boolean throttled = false;
            for (String id : ids(event)) {
                int eps = recentCount(id, now) + inUpload.get(id);
                Instant held = heldUntil.get(id);
                if (eps > EPS_THRESHOLD || (held != null && now.isBefore(held))) {
                    throttled = true;
                    (id.startsWith("u:") ? users : devices).put(id.substring(2), eps);
                }
            }
            if (throttled) {
                throttledEvents.add(event.index());
            }
        }
        if (!throttledEvents.isEmpty()) {
            return Optional.of(new Throttled(users, devices, throttledEvents));
        }
        inUpload.forEach((id, count) -> {
            Deque<Instant> times = recent.computeIfAbsent(id, key -> new ArrayDeque<>());
            for (int i = 0; i < count; i++) {
                times.addLast(now);
            }
        });
        return Optional.empty();
    }

    private int recentCount(String id, Instant now) {
        Deque<Instant> times = recent.get(id);
        if (times == null) {
            return 0;
        }
        Instant horizon = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
        return times.size();
    }

    private static List<String> ids(IncomingEvent event) {
        List<String> ids = new ArrayList<>(2);
        if (event.userId() != null) {
            ids.add(user(event.userId()));
        }
        if (event.deviceId() != null) {
            ids.add(device(event.deviceId()));
        }
        return ids;
    }

    private static String user(String id) {
        return "u:" + id;
    }

    private static String device(String id) {
        return "d:" + id;
    }
}
