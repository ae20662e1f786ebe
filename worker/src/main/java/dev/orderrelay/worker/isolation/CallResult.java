package dev.orderrelay.worker.isolation;

/** What a send that a guard let through came to, for that guard's breaker. */
public enum CallResult {
    /** The scope answered as it should (an event delivered, or refused for its own content). */
    SUCCEEDED,
    /** The scope failed: down, timing out, overloaded, or refusing its credentials. */
    FAILED,
    /** Nothing was sent after all (every message was claimed elsewhere, already delivered, ...). */
    NOT_SENT
}
