package dev.orderrelay.ledger.claims;

/** Where one delivery stands, as the admin API shows it. */
public enum DeliveryState {
    /** Not delivered yet: waiting, being sent, or retrying. */
    PENDING,
    /** The destination accepted it. */
    DELIVERED,
    /** Given up on with a reason; support can replay it after a fix. */
    PARKED,
    /** Deliberately not sent (e.g. a test order the shop does not forward). */
    SKIPPED
}
