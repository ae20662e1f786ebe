package dev.orderrelay.console.reconciliations;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.orderrelay.ledger.reconciliations.ReconciliationRun;
import dev.orderrelay.ledger.reconciliations.RunFindings;
import java.time.Instant;
import java.util.List;

/**
 * A reconciliation run as the API shows it: where it is, then what it found and did. Counts cover the shop-hours
 * checked so far and are final once the state is {@code DONE} or {@code FAILED}.
 *
 * @param id the run's id, time-ordered, e.g. {@code 20261124T101500Z-3f2a9c1e}
 * @param shop the one shop it checks, or null for every active shop
 * @param from the window's start (an hour boundary), inclusive
 * @param to the window's end (an hour boundary), exclusive; the reconciler stops short of its settle delay
 * @param trigger {@code REQUESTED} (this API) or {@code SCHEDULED}
 * @param state {@code QUEUED}, {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param requestedBy the console user who asked, or {@code scheduler}
 * @param startedAt null while queued
 * @param finishedAt null until done or failed
 * @param error why the run failed (a later run covers the same hours again); null otherwise
 */
@JsonPropertyOrder({
    "id",
    "shop",
    "from",
    "to",
    "trigger",
    "state",
    "requestedBy",
    "requestedAt",
    "startedAt",
    "finishedAt",
    "progress",
    "findings",
    "error"
})
record ReconciliationView(
        String id,
        String shop,
        String from,
        String to,
        String trigger,
        String state,
        String requestedBy,
        String requestedAt,
        String startedAt,
        String finishedAt,
        Progress progress,
        Findings findings,
        String error) {

    /**
     * How far the run has come.
     *
     * @param hoursTotal shop-hours it will check; 0 until a reconciler starts it and counts its shops
     * @param hoursChecked shop-hours checked so far
     */
    @JsonPropertyOrder({"hoursTotal", "hoursChecked"})
    record Progress(int hoursTotal, int hoursChecked) {}

    /**
     * What the run found and did so far.
     *
     * @param hoursProven hours proven complete (every eligible order at every destination)
     * @param sourceOrders orders the source listed in the hours checked
     * @param missingOrders orders the source has that never reached the ledger: fetched and requeued
     * @param missingRefunds orders with a refund the ledger lacks: requeued
     * @param missingCancellations orders cancelled at the source that the ledger does not know cancelled: requeued
     * @param stalledOrders orders whose purchase was not delivered long after it should have been: requeued
     * @param requeued the sum of the four above: every order the run sent through the pipeline again
     * @param subscriptionsRecreated webhook subscriptions found missing and created again, as {@code shop topic}
     * @param problems what kept a shop from being checked, one line each (the run went on with the others)
     */
    @JsonPropertyOrder({
        "hoursProven",
        "sourceOrders",
        "missingOrders",
        "missingRefunds",
        "missingCancellations",
        "stalledOrders",
        "requeued",
        "subscriptionsRecreated",
        "problems"
    })
    record Findings(
            int hoursProven,
            int sourceOrders,
            int missingOrders,
            int missingRefunds,
            int missingCancellations,
            int stalledOrders,
            int requeued,
            List<String> subscriptionsRecreated,
            List<String> problems) {}

    static ReconciliationView of(ReconciliationRun run) {
        RunFindings findings = run.findings();
        return new ReconciliationView(
                run.runId(),
                run.shop(),
                text(run.from()),
                text(run.to()),
                run.trigger().name(),
                run.state().name(),
                run.requestedBy(),
                text(run.requestedAt()),
                text(run.startedAt()),
                text(run.finishedAt()),
                new Progress(findings.hoursTotal(), findings.hoursChecked()),
                new Findings(
                        findings.hoursProven(),
                        findings.sourceOrders(),
                        findings.missingOrders(),
                        findings.missingRefunds(),
                        findings.missingCancellations(),
                        findings.stalledOrders(),
                        findings.requeued(),
                        findings.subscriptionsRecreated(),
                        findings.problems()),
                run.error());
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
