package dev.orderrelay.ledger.activity;

/** What a live activity series counts; its {@code subject} is a shop domain, a destination kind or a queue name. */
public enum ActivityMetric {
    /** Messages the process stage took from the ingest queue, per shop (every topic, duplicates included). */
    RECEIVED,
    /** Order payloads the process stage processed to the end (events decided and fanned out), per shop. */
    PROCESSED,
    /** Events a destination accepted, per destination kind. */
    DELIVERED,
    /** The age of the oldest message a worker received from a queue in the minute, in milliseconds; a maximum. */
    QUEUE_AGE
}
