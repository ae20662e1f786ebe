package dev.orderrelay.ledger.breakers;

import java.time.Instant;

/**
 * One worker's breaker that is not closed.
 *
 * @param worker the worker instance that holds it (host and process)
 * @param name the breaker's name, e.g. {@code endpoint/ga4} or {@code target/webhook/<shop>/<destination>}
 * @param state resilience4j's state: {@code OPEN}, {@code HALF_OPEN}, {@code FORCED_OPEN}, ...
 * @param since when the breaker entered this state (or when the worker started, if it has been so since)
 * @param reportedAt when the worker last wrote this row
 */
public record BreakerState(String worker, String name, String state, Instant since, Instant reportedAt) {}
