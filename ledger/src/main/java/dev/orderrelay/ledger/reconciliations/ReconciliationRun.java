package dev.orderrelay.ledger.reconciliations;

import java.time.Instant;

/**
 * One reconciliation run.
 *
 * @param runId a time-ordered id, e.g. {@code 20261124T101500Z-3f2a9c1e}
 * @param shop the one shop to check, or null for every installed shop
 * @param from start of the window (an hour boundary), inclusive
 * @param to end of the window, exclusive
 * @param requestedBy who asked, or {@code scheduler}
 * @param startedAt null while queued
 * @param finishedAt null until done or failed
 * @param error why it failed; null otherwise
 */
public record ReconciliationRun(
        String runId,
        String shop,
        Instant from,
        Instant to,
        RunTrigger trigger,
        RunState state,
        String requestedBy,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt,
        RunFindings findings,
        String error) {}
