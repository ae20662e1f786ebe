package dev.orderrelay.ledger.parked;

/** What support did with a parked event. Only a {@link #PARKED} event can be replayed or discarded. */
public enum ParkedStatus {
    /** Waiting for support. */
    PARKED,
    /** Put back on its queue (or found already delivered) by support; a new failure parks it anew. */
    REPLAYED,
    /** Dropped on purpose by support, with a reason. */
    DISCARDED
}
