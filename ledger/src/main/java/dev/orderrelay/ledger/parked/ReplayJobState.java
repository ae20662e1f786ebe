package dev.orderrelay.ledger.parked;

/** Where a replay job stands. */
public enum ReplayJobState {
    /** Going through the filter's events. */
    RUNNING,
    /** Went through every event it covers. */
    DONE,
    /** Stopped before the end (queue or ledger unavailable, console stopped); the rest is still parked. */
    FAILED
}
