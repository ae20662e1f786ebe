package dev.orderrelay.ledger.parked;

/** Where in the pipeline an event was parked. */
public enum ParkedStage {
    /** The process stage: unparseable payload, unknown or uninstalled shop. */
    PROCESS,
    /** The deliver stage: a destination rejected the event or attempts ran out. */
    DELIVER
}
