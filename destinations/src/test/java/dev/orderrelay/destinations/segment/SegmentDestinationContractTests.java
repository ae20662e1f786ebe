package dev.orderrelay.destinations.segment;

import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.Destination;
import dev.orderrelay.destinations.DestinationContractTests;
import dev.orderrelay.destinations.DestinationKind;
import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.destinations.RecordedRequest;
import dev.orderrelay.destinations.RecordingPeer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

class SegmentDestinationContractTests extends DestinationContractTests {

    private Duration responseTimeout;
    private SegmentDestination sender;

    @Override
    protected Destination newDestination(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
        return new PeerBoundDestination();
    }

    @Override
    protected DestinationTarget targetAt(RecordingPeer peer) {
        if (sender == null) {
            sender = new SegmentDestination(
                    SegmentTargets.settingsAt(peer).withTimeouts(Duration.ofSeconds(2), responseTimeout),
                    Clock.systemUTC());
        }
        return SegmentTargets.target(Map.of());
    }

    @Override
    protected String keyCarriedBy(RecordedRequest request) {
        return SegmentTargets.batchOf(request).get(0).get("messageId").stringValue();
    }

    /**
     * The contract builds its sender before it hands over the peer, while a Segment sender's endpoints are fixed when
     * it is built (they are the operator's, never a target's). This stands in for the sender until {@link #targetAt}
     * has built the real one for the peer, and passes every call through to it.
     */
    private final class PeerBoundDestination implements Destination, AutoCloseable {

        @Override
        public DestinationKind kind() {
            return DestinationKind.SEGMENT;
        }

        @Override
        public DeliveryOutcome send(OutboundEvent event, DestinationTarget target) {
            return sender.send(event, target);
        }

        @Override
        public List<DeliveryOutcome> sendAll(List<OutboundEvent> events, DestinationTarget target) {
            return sender.sendAll(events, target);
        }

        @Override
        public void close() {
            if (sender != null) {
                sender.close();
            }
        }
    }
}
