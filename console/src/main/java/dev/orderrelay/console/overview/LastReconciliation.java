package dev.orderrelay.console.overview;

import dev.orderrelay.ledger.reconciliations.ReconciliationRun;

/**
 * The newest reconciliation run, scheduled or requested, as the overview shows it: whether the hourly proof is
 * running, and what the last run found and repaired.
 *
 * @param runId the run, for {@code /console/reconciliations/{id}} and {@code GET /api/reconciliations/{id}}
 * @param shop the shop a requested run covers; null for a scheduled run over every active shop
 * @param trigger {@code SCHEDULED} or {@code REQUESTED}
 * @param state {@code QUEUED}, {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param requestedAt when it was started or asked for (ISO-8601 UTC)
 * @param finishedAt when it ended; null while queued or running
 * @param hoursChecked shop-hours checked so far
 * @param hoursProven shop-hours proven complete
 * @param requeued orders, refunds, cancellations and stalled deliveries it sent back through the pipeline
 * @param problems how many shops or hours it could not check
 */
public record LastReconciliation(
        String runId,
        String shop,
        String trigger,
        String state,
        String requestedAt,
        String finishedAt,
        int hoursChecked,
        int hoursProven,
        int requeued,
        int problems) {

    static LastReconciliation of(ReconciliationRun run) {
        return new LastReconciliation(
                run.runId(),
                run.shop(),
                run.trigger().name(),
                run.state().name(),
                run.requestedAt().toString(),
                run.finishedAt() == null ? null : run.finishedAt().toString(),
                run.findings().hoursChecked(),
                run.findings().hoursProven(),
                run.findings().requeued(),
                run.findings().problems().size());
    }
}
