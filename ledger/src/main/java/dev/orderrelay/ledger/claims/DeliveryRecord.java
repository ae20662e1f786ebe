package dev.orderrelay.ledger.claims;

import java.time.Instant;

/**
 * A delivery as the ledger holds it.
 *
 * @param kind the destination kind, e.g. {@code webhook}
 * @param idempotencyKey the key every send of this delivery carries
 * @param lastError the last failure or park reason; null when none
 * @param deliveredAt when it was delivered; null until then
 */
public record DeliveryRecord(
        DeliveryKey key,
        String kind,
        String idempotencyKey,
        DeliveryState state,
        int attempts,
        String lastError,
        Instant deliveredAt) {}
