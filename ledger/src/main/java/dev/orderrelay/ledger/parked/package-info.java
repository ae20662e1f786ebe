/**
 * Parked events: what the pipeline gave up on, per shop, with the stage, the reason and the message to replay, and
 * what support did with each (replayed or discarded, by whom, when, why). Nothing is dropped silently: an event the
 * worker cannot process or a destination permanently rejects lands here, visible to support. Sorted by time within
 * a shop, so a shop's dead letters are one Query. Replay jobs keep the progress of a filter's worth of replays.
 */
package dev.orderrelay.ledger.parked;
