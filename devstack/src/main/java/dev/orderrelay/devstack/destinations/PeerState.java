package dev.orderrelay.devstack.destinations;

import java.time.Clock;
import java.util.Objects;

/**
 * What one fake peer keeps while it runs, shared by its endpoints: the accepted events, the silently dropped ones, the
 * faults and order rejections set on it, and the clock that judges timestamps, windows and fault lifetimes.
 */
public final class PeerState {

    private final String kind;
    private final Clock clock;
    private final EventLog events = new EventLog();
    private final DropLog dropped = new DropLog();
    private final DestinationFaults faults;
    private final FaultResponder faultResponder;
    private final OrderRejections rejections = new OrderRejections();

    public PeerState(String kind, Clock clock) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.faults = new DestinationFaults(clock);
        this.faultResponder = new FaultResponder(clock);
    }

    public String kind() {
        return kind;
    }

    public Clock clock() {
        return clock;
    }

    public EventLog events() {
        return events;
    }

    public DropLog dropped() {
        return dropped;
    }

    public DestinationFaults faults() {
        return faults;
    }

    public FaultResponder faultResponder() {
        return faultResponder;
    }

    public OrderRejections rejections() {
        return rejections;
    }
}
