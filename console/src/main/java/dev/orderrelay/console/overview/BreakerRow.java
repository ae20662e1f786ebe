package dev.orderrelay.console.overview;

import dev.orderrelay.ledger.breakers.BreakerState;

/**
 * A circuit breaker that is not closed, in one worker.
 *
 * @param name e.g. {@code endpoint/ga4} (every shop's GA4 sends), {@code target/webhook/<shop>/<destination>} (one
 *     shop's destination), {@code shopify-admin-enrichment:<shop>:<lookup>} (enrichment's Admin API calls)
 * @param state {@code OPEN}, {@code HALF_OPEN}, {@code FORCED_OPEN}, ...
 * @param since when it entered that state (ISO-8601 UTC)
 * @param reportedAt when its worker last reported it
 */
public record BreakerRow(String name, String state, String since, String worker, String reportedAt) {

    static BreakerRow of(BreakerState state) {
        return new BreakerRow(
                state.name(),
                state.state(),
                state.since().toString(),
                state.worker(),
                state.reportedAt().toString());
    }
}
