package dev.orderrelay.ledger.claims;

import java.time.Instant;

/**
 * A held claim: this sender may send {@code key}'s event until {@code leaseUntil}, with {@code idempotencyKey}.
 *
 * @param owner a token unique to this claim, so a sender whose lease ran out cannot release someone else's
 * @param attempt how many claims this delivery has had, this one included
 */
public record Claim(DeliveryKey key, String owner, int attempt, Instant leaseUntil, String idempotencyKey) {}
