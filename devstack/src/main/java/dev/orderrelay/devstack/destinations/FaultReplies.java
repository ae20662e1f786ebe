package dev.orderrelay.devstack.destinations;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The bodies a peer answers a played fault with, in its own error format where it has one (Amplitude's 400 and 429
 * bodies, Segment's JSON error); a peer without one answers the bare status.
 */
public interface FaultReplies {

    /** Bare statuses, no bodies. */
    FaultReplies NONE = new FaultReplies() {};

    /** The JSON body for a status fault answering {@code status}, if the peer has one for it. */
    default Optional<JsonNode> statusBody(int status) {
        return Optional.empty();
    }

    /** The JSON body for a throttle fault's 429, if the peer has one. */
    default Optional<JsonNode> throttleBody() {
        return Optional.empty();
    }
}
