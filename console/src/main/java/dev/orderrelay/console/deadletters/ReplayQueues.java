package dev.orderrelay.console.deadletters;

import java.util.Map;
import java.util.Optional;

/**
 * The queue URLs replays publish to, resolved once at start-up.
 *
 * @param ingest the ingest queue, for process-stage events
 * @param deliveryByKind the delivery queue of each destination kind wire name, for deliver-stage events
 * @param eventbridge the EventBridge queue, for ingest-stage events; null where none is configured
 */
record ReplayQueues(String ingest, Map<String, String> deliveryByKind, String eventbridge) {

    ReplayQueues {
        deliveryByKind = Map.copyOf(deliveryByKind);
    }

    Optional<String> eventbridgeQueue() {
        return Optional.ofNullable(eventbridge);
    }

    Optional<String> delivery(String kind) {
        return Optional.ofNullable(deliveryByKind.get(kind));
    }
}
