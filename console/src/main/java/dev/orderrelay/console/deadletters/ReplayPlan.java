package dev.orderrelay.console.deadletters;

import dev.orderrelay.ledger.claims.DeliveryKey;
import java.util.Map;

/**
 * What replaying one parked event sends: the message, where, with which SQS message attributes.
 *
 * @param delivery the delivery whose claim a deliver-stage replay reopens first; null for the process stage
 */
record ReplayPlan(String queueUrl, String body, Map<String, String> attributes, DeliveryKey delivery) {

    ReplayPlan {
        attributes = Map.copyOf(attributes);
    }
}
