package dev.orderrelay.worker.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One event for one destination, as it sits on that destination kind's queue. The payload is what the destination
 * will receive (no customer data); the key is the idempotency key every send of it carries.
 *
 * @param v format version, 1
 * @param destination the shop's name for the destination
 * @param kind the destination kind's wire name, e.g. {@code webhook}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryMessage(
        int v,
        String shop,
        String orderId,
        String destination,
        String kind,
        String event,
        String key,
        Instant occurredAt,
        JsonNode payload) {

    public static final int CURRENT_VERSION = 1;

    @Override
    public String toString() {
        return "DeliveryMessage[shop=" + shop + ", orderId=" + orderId + ", destination=" + destination + ", event="
                + event + "]";
    }
}
