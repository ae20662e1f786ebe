package dev.orderrelay.ledger.parked;

/** Where in the pipeline an event was parked. */
public enum ParkedStage {
    /**
     * Before the ingest queue: an EventBridge event the receiver could not read or could not publish as an envelope.
     * Its message is the EventBridge event as it arrived; a replay puts it back on the EventBridge queue.
     */
    INGEST,
    /** The process stage: unparseable payload, unknown or uninstalled shop. */
    PROCESS,
    /** The deliver stage: a destination rejected the event or attempts ran out. */
    DELIVER
}
