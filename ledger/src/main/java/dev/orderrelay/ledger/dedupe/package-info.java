/**
 * Platform deliveries already processed, keyed by shop and webhook id. A delivery is marked only after its fan-out
 * succeeded, so a worker that crashes before fan-out processes it again; the mark expires after SQS retention plus
 * the dead-letter horizon, when no copy of the message can still arrive.
 */
package dev.orderrelay.ledger.dedupe;
