/**
 * Circuit breaker states as the workers report them. Breakers live in each worker's memory (resilience4j); each
 * worker writes the breakers it holds that are not closed, on every transition and again periodically, plus one row
 * with how many of its breakers are closed. Every row carries an expiry a few report intervals ahead, so a dead
 * worker's rows stop counting without anyone cleaning up (readers skip expired rows, since DynamoDB's TTL deletes
 * lazily). One partition holds the fleet: the console reads it with one Query.
 */
package dev.orderrelay.ledger.breakers;
