package dev.orderrelay.ledger.parked;

/** What support did with a parked event. */
public enum ParkedStatus {
    PARKED,
    REPLAYED,
    DISCARDED
}
