package dev.orderrelay.ledger.reconciliations;

/** Where a reconciliation run is. */
public enum RunState {
    /** Asked for; a reconciler picks it up within seconds. */
    QUEUED,
    RUNNING,
    /** Finished; its findings are final. */
    DONE,
    /** Stopped by an error it names; a later run covers the same hours again. */
    FAILED
}
