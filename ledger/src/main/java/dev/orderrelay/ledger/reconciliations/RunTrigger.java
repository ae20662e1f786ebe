package dev.orderrelay.ledger.reconciliations;

/** Why a run happened. */
public enum RunTrigger {
    /** The reconciler's own schedule. */
    SCHEDULED,
    /** Someone asked through {@code POST /api/reconciliations}. */
    REQUESTED
}
