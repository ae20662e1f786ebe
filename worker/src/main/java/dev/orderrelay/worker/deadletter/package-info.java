/**
 * Moves whatever SQS dead-letters (poison messages, messages received too often) into the ledger's parked events,
 * promptly: SQS counts a dead letter's age from its first enqueue, so one left on a dead-letter queue could expire
 * unseen, and support finds parked events by shop, not by queue.
 */
package dev.orderrelay.worker.deadletter;
