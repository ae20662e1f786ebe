package dev.orderrelay.devstack.destinations;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The faults set on one fake peer: one for every destination it hosts, and one per named destination, which wins over
 * the former so a test can fail one shop's endpoint or credentials while the others keep accepting. Replacing or
 * clearing a fault releases the requests its hang was holding. Thread-safe.
 */
public final class DestinationFaults {

    private final Clock clock;
    private final AtomicReference<ActiveFault> everywhere = new AtomicReference<>();
    private final ConcurrentMap<String, ActiveFault> byDestination = new ConcurrentHashMap<>();

    public DestinationFaults(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void set(Fault fault) {
        releaseIfPresent(everywhere.getAndSet(new ActiveFault(fault, clock.instant())));
    }

    public void set(String destination, Fault fault) {
        releaseIfPresent(byDestination.put(destination, new ActiveFault(fault, clock.instant())));
    }

    /** Clears every fault on the server, the per-destination ones included. */
    public void clearAll() {
        releaseIfPresent(everywhere.getAndSet(null));
        byDestination.keySet().forEach(this::clear);
    }

    public void clear(String destination) {
        releaseIfPresent(byDestination.remove(destination));
    }

    public Optional<Fault> current() {
        return live(everywhere.get());
    }

    public Optional<Fault> current(String destination) {
        return live(byDestination.get(destination));
    }

    /**
     * The fault that takes this request to {@code destination} ({@code null} when the request named no known
     * destination, so only a fault for all applies), if any; it counts the request against its orders.
     */
    public Optional<ActiveFault> claim(String destination) {
        Instant now = clock.instant();
        ActiveFault own = destination == null ? null : byDestination.get(destination);
        if (own != null && own.claim(now)) {
            return Optional.of(own);
        }
        ActiveFault shared = everywhere.get();
        if (shared != null && shared.claim(now)) {
            return Optional.of(shared);
        }
        return Optional.empty();
    }

    private Optional<Fault> live(ActiveFault active) {
        if (active == null || !active.live(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(active.fault());
    }

    private static void releaseIfPresent(ActiveFault active) {
        if (active != null) {
            active.release();
        }
    }
}
