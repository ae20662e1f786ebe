/**
 * Per order, destination and event: the delivery state and the claim that makes sends once-only. A sender claims
 * with a lease before it sends and records the result after; a crashed sender's lease expires and the next attempt
 * claims again and sends with the same idempotency key, so the destination can drop the repeat. Nothing is sent
 * without a claim.
 */
package dev.orderrelay.ledger.claims;
