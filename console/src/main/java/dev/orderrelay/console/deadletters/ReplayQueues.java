package dev.orderrelay.console.deadletters;

import java.util.Map;
import java.util.Optional;

/**
 * The queue URLs replays publish to, resolved once at start-up.
 *
 * @param ingest the ingest queue, for process-stage events
 * @param deliveryByKind the delivery queue of each destination kind wire name, for deliver-stage events
 */
record ReplayQueues(String ingest, Map<String, String> deliveryByKind) {

    ReplayQueues {
        deliveryByKind = Map.copyOf(deliveryByKind);
    }

    Optional<String> delivery(String kind) {
        return Optional.ofNullable(deliveryByKind.get(kind));
    }
}
