/**
 * The deliver stage: one listener per destination queue claims each delivery in the ledger, sends it through the
 * destination's sender, and turns the {@link dev.orderrelay.destinations.DeliveryOutcome} into exactly one queue
 * action ({@link dev.orderrelay.worker.delivery.QueueAction}) in one place. Nothing is sent without a claim, and a
 * message is acknowledged only once the ledger says delivered or parked.
 */
package dev.orderrelay.worker.delivery;
