package dev.orderrelay.devstack.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The addresses {@code webhookSubscriptionCreate} accepts from this store: an http(s) URL, or the ARN of the store's
 * EventBridge source when it has one. As with Shopify, an ARN of another app's source is refused; Google Pub/Sub
 * addresses are not simulated.
 */
final class SubscriptionAddresses {

    /** The address to subscribe, or Shopify's user error. */
    record Checked(Optional<URI> address, Optional<String> error) {

        static Checked accepted(URI address) {
            return new Checked(Optional.of(address), Optional.empty());
        }

        static Checked refused(String error) {
            return new Checked(Optional.empty(), Optional.of(error));
        }
    }

    static final String INVALID = "Address is invalid";

    private final SimulatedEventBridge eventBridge;

    /** With {@code eventBridge} null, only http(s) addresses are accepted. */
    SubscriptionAddresses(SimulatedEventBridge eventBridge) {
        this.eventBridge = eventBridge;
    }

    Checked check(String uri) {
        Optional<EventBridgeSource> source = EventBridgeSource.parse(uri);
        if (source.isPresent() && eventBridge != null) {
            EventBridgeSource own = eventBridge.source();
            if (source.get().equals(own)) {
                return Checked.accepted(URI.create(own.arn()));
            }
            if (!source.get().appId().equals(own.appId())) {
                return Checked.refused("Address is an AWS ARN and includes api_client_id "
                        + source.get().appId() + " instead of " + own.appId());
            }
            return Checked.refused(INVALID);
        }
        try {
            URI parsed = new URI(uri);
            boolean http = "http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme());
            return http && parsed.getHost() != null ? Checked.accepted(parsed) : Checked.refused(INVALID);
        } catch (URISyntaxException e) {
            return Checked.refused(INVALID);
        }
    }
}
