package dev.orderrelay.console.throughput;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.orderrelay.ledger.throughput.ThroughputRow;
import java.util.List;

/**
 * One UTC hour of a shop as the reconciler last measured it. The denominator is {@code eligible}: the source's
 * orders of the hour less those not counted ({@code excluded}: test orders the shop does not count, orders
 * cancelled before payment) and those awaiting payment ({@code pending}, counted once paid).
 *
 * @param hour the hour's start, e.g. {@code 2026-11-24T10:00:00Z}
 * @param source orders the source created in the hour
 * @param excluded source orders not counted
 * @param pending source orders awaiting payment
 * @param eligible source orders that must reach every destination
 * @param received eligible orders the worker has seen
 * @param processed eligible orders the worker has processed
 * @param repaired eligible orders the reconciler found missing or stalled and sent through the pipeline again
 * @param proven whether every eligible order reached every destination and none is pending
 * @param checkedAt when the reconciler measured the hour
 * @param runId the reconciliation run that measured it ({@code GET /api/reconciliations/{id}})
 * @param destinations one per destination the shop had when the hour was measured
 */
@JsonPropertyOrder({
    "hour",
    "source",
    "excluded",
    "pending",
    "eligible",
    "received",
    "processed",
    "repaired",
    "proven",
    "checkedAt",
    "runId",
    "destinations"
})
record HourView(
        String hour,
        int source,
        int excluded,
        int pending,
        int eligible,
        int received,
        int processed,
        int repaired,
        boolean proven,
        String checkedAt,
        String runId,
        List<DestinationView> destinations) {

    static HourView of(ThroughputRow row) {
        return new HourView(
                row.hour().toString(),
                row.source(),
                row.excluded(),
                row.pending(),
                row.eligible(),
                row.received(),
                row.processed(),
                row.repaired(),
                row.proven(),
                row.checkedAt().toString(),
                row.runId(),
                row.destinations().stream()
                        .map(destination -> DestinationView.of(destination, row.eligible()))
                        .toList());
    }
}
