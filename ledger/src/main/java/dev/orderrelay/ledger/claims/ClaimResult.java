package dev.orderrelay.ledger.claims;

import java.time.Instant;

/** What a claim attempt found. Only {@link Claimed} allows a send. */
public sealed interface ClaimResult
        permits ClaimResult.Claimed,
                ClaimResult.AlreadyDelivered,
                ClaimResult.Parked,
                ClaimResult.LeasedElsewhere,
                ClaimResult.NotRegistered {

    /** The claim is ours: send now. */
    record Claimed(Claim claim) implements ClaimResult {}

    /** Someone delivered it already: acknowledge without sending. */
    record AlreadyDelivered() implements ClaimResult {}

    /** It was parked (or skipped) with a reason: do not send until support replays it. */
    record Parked(DeliveryState state, String reason) implements ClaimResult {}

    /** Another sender holds a live lease: come back after it. */
    record LeasedElsewhere(Instant until) implements ClaimResult {}

    /** The process stage never registered this delivery. */
    record NotRegistered() implements ClaimResult {}
}
