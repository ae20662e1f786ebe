/**
 * Parked events: what the pipeline gave up on, per shop, with the stage, the reason and the message to replay.
 * Nothing is dropped silently: an event the worker cannot process or a destination permanently rejects lands
 * here, visible to support. Sorted by time within a shop, so a shop's dead letters are one Query.
 */
package dev.orderrelay.ledger.parked;
