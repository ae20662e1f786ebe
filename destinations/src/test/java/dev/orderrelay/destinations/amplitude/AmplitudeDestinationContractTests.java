package dev.orderrelay.destinations.amplitude;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.Destination;
import dev.orderrelay.destinations.DestinationContractTests;
import dev.orderrelay.destinations.DestinationKind;
import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.FailureScope;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.destinations.PeerAnswer;
import dev.orderrelay.destinations.RecordedRequest;
import dev.orderrelay.destinations.RecordingPeer;
import dev.orderrelay.destinations.RetryLater;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AmplitudeDestinationContractTests extends DestinationContractTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The contract builds the sender before it shows the peer, and Amplitude's endpoints are the sender's settings,
     * not the target's: so the sender under contract is bound to the peer when the first target names it.
     */
    private final AtomicReference<URI> peerBase = new AtomicReference<>();

    @Override
    protected Destination newDestination(Duration responseTimeout) {
        return new PeerBoundDestination(() -> new AmplitudeDestination(
                AmplitudeDestinationSettings.defaults()
                        .withEndpoints(peerBase.get(), peerBase.get())
                        .withTimeouts(Duration.ofSeconds(2), responseTimeout),
                Clock.systemUTC()));
    }

    @Override
    protected DestinationTarget targetAt(RecordingPeer peer) {
        peerBase.set(peer.uri(""));
        return AmplitudeTestTargets.target();
    }

    @Override
    protected String keyCarriedBy(RecordedRequest request) {
        return JSON.readTree(request.bodyText())
                .path("events")
                .path(0)
                .path("insert_id")
                .stringValue();
    }

    /** Amplitude refuses a request by naming the events at fault: here the first, with the reason as its error. */
    @Override
    protected PeerAnswer refusal(String reason) {
        return PeerAnswer.status(400)
                .withBody("{\"code\":400,\"error\":\"" + reason
                        + "\",\"events_with_invalid_fields\":{\"currency\":[0]}}");
    }

    /** A 429 that names no user or device: Amplitude throttles the whole project, as a Retry-After says. */
    @Override
    protected PeerAnswer throttling(int seconds) {
        return PeerAnswer.status(429)
                .withHeader("Retry-After", Integer.toString(seconds))
                .withBody("{\"code\":429,\"error\":\"Too many requests\",\"eps_threshold\":30}");
    }

    @Test
    void holdsBackOnlyTheThrottledDeviceForThirtySecondsWhenThe429NamesIt() {
        try (RecordingPeer peer = RecordingPeer.start();
                AmplitudeDestination destination = new AmplitudeDestination(
                        AmplitudeDestinationSettings.defaults().withEndpoints(peer.uri(""), peer.uri("")),
                        Clock.systemUTC())) {
            OutboundEvent event = AmplitudeTestTargets.purchase("200001", null, "device-throttled");
            peer.answer(PeerAnswer.status(429)
                    .withHeader("Retry-After", "7")
                    .withBody("{\"code\":429,\"error\":\"Too many requests for some devices and users\","
                            + "\"eps_threshold\":30,\"throttled_devices\":{\"device-throttled\":31}}"));

            DeliveryOutcome outcome = destination.send(event, AmplitudeTestTargets.target());

            assertThat(outcome).isInstanceOfSatisfying(RetryLater.class, retry -> {
                assertThat(retry.scope()).isEqualTo(FailureScope.EVENT);
                assertThat(retry.delay()).contains(Duration.ofSeconds(30));
            });
            assertThat(peer.requests()).hasSize(1);
        }
    }

    /** Builds the real sender on first use, once the target has shown where the peer listens. */
    private static final class PeerBoundDestination implements Destination, AutoCloseable {

        private final Supplier<AmplitudeDestination> factory;
        private AmplitudeDestination bound;

        PeerBoundDestination(Supplier<AmplitudeDestination> factory) {
            this.factory = factory;
        }

        @Override
        public DestinationKind kind() {
            return DestinationKind.AMPLITUDE;
        }

        @Override
        public DeliveryOutcome send(OutboundEvent event, DestinationTarget target) {
            return bound().send(event, target);
        }

        @Override
        public List<DeliveryOutcome> sendAll(List<OutboundEvent> events, DestinationTarget target) {
            return bound().sendAll(events, target);
        }

        private synchronized AmplitudeDestination bound() {
            if (bound == null) {
                bound = factory.get();
            }
            return bound;
        }

        @Override
        public synchronized void close() {
            if (bound != null) {
                bound.close();
            }
        }
    }
}
