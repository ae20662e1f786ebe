package dev.orderrelay.ledger.throughput;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One shop's UTC hour as the reconciler last measured it. Denominator rules (DESIGN.md): the source's orders of
 * the hour split into {@code excluded} (test orders the shop does not count, cancelled before payment),
 * {@code pending} (awaiting payment) and the rest, {@code eligible} for a purchase; received, processed and
 * delivered count eligible orders only.
 *
 * @param hour the hour's first instant
 * @param source every order the source created in the hour, as it lists them now
 * @param excluded source orders that are not counted
 * @param pending source orders awaiting payment: counted once paid
 * @param eligible source orders that must reach every destination: {@code source - excluded - pending}
 * @param received eligible orders the worker has seen
 * @param processed eligible orders the worker has processed
 * @param repaired eligible orders the reconciler found missing or stalled and sent back through the pipeline
 * @param destinations one entry per destination the shop has
 * @param proven whether every eligible order reached every destination and nothing is pending: later runs only
 *     re-count such an hour
 * @param checkedAt when this was measured
 * @param runId the reconciliation run that measured it
 */
public record ThroughputRow(
        String shop,
        Instant hour,
        int source,
        int excluded,
        int pending,
        int eligible,
        int received,
        int processed,
        int repaired,
        List<DestinationThroughput> destinations,
        boolean proven,
        Instant checkedAt,
        String runId) {

    public ThroughputRow {
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(hour, "hour");
        destinations = List.copyOf(destinations);
    }

    /** {@code part / whole} in percent with two decimals, rounded down so 99.999 % never reads as 100.00 %. */
    static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return new BigDecimal("100.00");
        }
        return BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.DOWN);
    }
}
