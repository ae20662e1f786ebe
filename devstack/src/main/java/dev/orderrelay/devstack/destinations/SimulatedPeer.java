package dev.orderrelay.devstack.destinations;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A fake destination peer (signed webhook, GA4, Segment, Amplitude) as the local run's simulator API sees it: what it
 * accepted, what it silently dropped, and the faults and rejections that make it fail. The simulator routes
 * {@code /simulator/destinations/events?kind=} and {@code /simulator/destinations/{kind}/faults} by {@link #kind()}.
 */
public interface SimulatedPeer extends AutoCloseable {

    /** The destination kind, as in {@code /simulator/destinations/{kind}/faults}: webhook, ga4, segment, amplitude. */
    String kind();

    /** Where the peer listens (its default region where it has more than one), without a path. */
    URI baseUri();

    /** The accepted events that {@code filter} matches, in arrival order, duplicates included and flagged. */
    List<RecordedEvent> events(EventFilter filter);

    /**
     * Events the peer answered with a success but never kept, in arrival order: the "success that never landed" case
     * (GA4 invalid events, Segment events without ids or with an unknown write key). Empty for peers that refuse
     * loudly.
     */
    List<DroppedEvent> dropped();

    /** Forgets every recorded and dropped event and every key seen. */
    void clearEvents();

    /** Fails every request as {@code fault} says, replacing the previous such fault. */
    void setFault(Fault fault);

    /** Clears every fault and releases the requests a hang is holding. */
    void clearFault();

    /** The fault set for all requests, while it still applies. */
    Optional<Fault> fault();

    /**
     * Refuses events for these order ids with {@code reason}, in the peer's own way, until {@link #clearRejections()}
     * (adds to the orders already refused). Lets a test show an order parked with the peer's reason and delivered once
     * after the fix.
     */
    void rejectOrders(Set<String> orderIds, String reason);

    /** Accepts every order again. */
    void clearRejections();

    /** Releases held requests and stops listening. */
    @Override
    void close();
}
