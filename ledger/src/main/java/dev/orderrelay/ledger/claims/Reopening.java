package dev.orderrelay.ledger.claims;

/** What {@link DeliveryClaims#reopen} found. Only {@link #REOPENED} and {@link #ALREADY_PENDING} want a send. */
public enum Reopening {
    /** It was parked; it is pending again with a fresh attempt budget. */
    REOPENED,
    /** It was pending already (e.g. its message went to a dead-letter queue): the next claim sends it. */
    ALREADY_PENDING,
    /** The destination accepted it before: sending again would count it twice. */
    ALREADY_DELIVERED,
    /** Deliberately not sent (shop policy); replay does not override that. */
    SKIPPED,
    /** The process stage never registered it: replay the order rather than this delivery. */
    NOT_REGISTERED
}
