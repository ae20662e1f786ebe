package dev.orderrelay.ledger.orders;

/** How far an order got through the process stage. */
public enum OrderState {
    /** Seen by the worker, not yet fanned out. */
    RECEIVED,
    /** Its events decided and one delivery registered per destination. */
    PROCESSED
}
