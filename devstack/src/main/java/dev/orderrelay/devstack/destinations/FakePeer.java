package dev.orderrelay.devstack.destinations;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every fake analytics peer (GA4, Segment, Amplitude) does the same way, over its {@link PeerState}: list what
 * it kept and what it dropped, take faults for all its destinations or one, and refuse chosen orders. How a peer
 * refuses an order, and what it drops, is its own and said in its class doc.
 */
public abstract class FakePeer implements SimulatedPeer {

    private static final Logger log = LoggerFactory.getLogger(FakePeer.class);

    protected final PeerState state;

    protected FakePeer(PeerState state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    @Override
    public String kind() {
        return state.kind();
    }

    /** Every kept event in arrival order, duplicates included and flagged. */
    public List<RecordedEvent> events() {
        return events(EventFilter.ANY);
    }

    @Override
    public List<RecordedEvent> events(EventFilter filter) {
        return state.events().matching(Objects.requireNonNull(filter, "filter"));
    }

    /** Every event answered with success but not kept, with the reason, in arrival order. */
    @Override
    public List<DroppedEvent> dropped() {
        return state.dropped().all();
    }

    @Override
    public void clearEvents() {
        state.events().clear();
        state.dropped().clear();
    }

    @Override
    public void setFault(Fault fault) {
        state.faults().set(Objects.requireNonNull(fault, "fault"));
        log.info("fault set kind={} destination=* fault={}", kind(), fault);
    }

    /** Fails requests for {@code destination} only; while it applies it wins over a fault set for all. */
    public void setFault(String destination, Fault fault) {
        state.faults().set(Objects.requireNonNull(destination, "destination"), Objects.requireNonNull(fault, "fault"));
        log.info("fault set kind={} destination={} fault={}", kind(), destination, fault);
    }

    @Override
    public void clearFault() {
        state.faults().clearAll();
        log.info("faults cleared kind={} destination=*", kind());
    }

    public void clearFault(String destination) {
        state.faults().clear(Objects.requireNonNull(destination, "destination"));
    }

    @Override
    public Optional<Fault> fault() {
        return state.faults().current();
    }

    public Optional<Fault> fault(String destination) {
        return state.faults().current(Objects.requireNonNull(destination, "destination"));
    }

    /** How many requests a hang fault is holding right now. */
    public int heldRequests() {
        return state.faultResponder().held();
    }

    @Override
    public void rejectOrders(Set<String> orderIds, String reason) {
        state.rejections().reject(orderIds, reason);
        log.info("orders rejected kind={} count={}", kind(), orderIds.size());
    }

    @Override
    public void clearRejections() {
        state.rejections().clear();
    }
}
