/**
 * Isolation of deliveries by what fails together: each destination kind's shared API endpoint, and each shop's own
 * target (its credentials, or its own endpoint for a webhook). Each scope has a circuit breaker, a bulkhead and, for
 * targets, a rate limiter. An open endpoint breaker pauses the polling of that kind's queue, so receive counts do not
 * burn while the destination is down; an open target breaker defers only that shop's messages, never another's.
 */
package dev.orderrelay.worker.isolation;
