package dev.orderrelay.destinations.webhook;

import dev.orderrelay.destinations.Destination;
import dev.orderrelay.destinations.DestinationContractTests;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.RecordedRequest;
import dev.orderrelay.destinations.RecordingPeer;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

class WebhookDestinationContractTests extends DestinationContractTests {

    @Override
    protected Destination newDestination(Duration responseTimeout) {
        return new WebhookDestination(
                WebhookDestinationSettings.defaults()
                        .withTimeouts(Duration.ofSeconds(2), responseTimeout)
                        .withAllowedTargets(Set.of("127.0.0.1")),
                Clock.systemUTC());
    }

    @Override
    protected DestinationTarget targetAt(RecordingPeer peer) {
        return DestinationFixtures.webhookTarget(peer.url());
    }

    @Override
    protected String keyCarriedBy(RecordedRequest request) {
        return request.header("webhook-id");
    }
}
