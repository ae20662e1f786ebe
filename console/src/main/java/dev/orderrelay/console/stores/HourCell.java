package dev.orderrelay.console.stores;

import dev.orderrelay.ledger.throughput.DestinationThroughput;
import dev.orderrelay.ledger.throughput.ThroughputRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * One cell of the stores grid: a shop's UTC hour as the reconciler last measured it, reduced to the worst
 * destination's throughput after repair, so a gap at any one destination colours the cell. The tooltip lists every
 * destination. Colours (console.css): {@code full} at 100 %, {@code gap} from {@value #GAP_FLOOR} % (a few orders
 * of a busy hour), {@code loss} below it, {@code none} when there is nothing to measure (no row yet, no eligible
 * orders, no destinations).
 *
 * @param hour the hour's start, ISO-8601 UTC
 * @param css the {@code .pct} class: {@code full}, {@code gap}, {@code loss} or {@code none}
 * @param text what the cell reads, e.g. {@code 100}, {@code 97.50} or {@code ·}
 * @param title the tooltip, one line per destination
 * @param proven whether the reconciler proved the hour complete (false for an hour still in progress)
 */
record HourCell(String hour, String css, String text, String title, boolean proven) {

    /** Below 100 % and at least this much is a gap (amber); below it, a loss (red). */
    static final String GAP_FLOOR = "99.00";

    private static final BigDecimal FULL = new BigDecimal("100.00");
    private static final BigDecimal GAP = new BigDecimal(GAP_FLOOR);
    private static final DateTimeFormatter LABEL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:00 'UTC'").withZone(ZoneOffset.UTC);

    /** An hour the reconciler has not measured (yet): never shown as zero. */
    static HourCell missing(Instant hour) {
        return new HourCell(hour.toString(), "none", "·", LABEL.format(hour) + ": not reconciled yet", false);
    }

    static HourCell of(ThroughputRow row) {
        String label = LABEL.format(row.hour()) + (row.proven() ? ", proven" : ", not proven yet");
        if (row.destinations().isEmpty()) {
            return new HourCell(row.hour().toString(), "none", "–", label + ": no destinations", row.proven());
        }
        if (row.eligible() == 0) {
            return new HourCell(
                    row.hour().toString(),
                    "none",
                    "–",
                    label + ": no eligible orders (source " + row.source() + ", excluded " + row.excluded()
                            + ", awaiting payment " + row.pending() + ")",
                    row.proven());
        }
        BigDecimal worst = row.destinations().stream()
                .map(destination -> destination.percentAfterRepair(row.eligible()))
                .min(Comparator.naturalOrder())
                .orElse(FULL);
        String title = label + ", " + row.eligible() + " eligible orders\n"
                + row.destinations().stream()
                        .map(destination -> line(destination, row.eligible()))
                        .collect(Collectors.joining("\n"));
        return new HourCell(row.hour().toString(), css(worst), text(worst), title, row.proven());
    }

    static String css(BigDecimal percent) {
        if (percent.compareTo(FULL) >= 0) {
            return "full";
        }
        return percent.compareTo(GAP) >= 0 ? "gap" : "loss";
    }

    /** {@code 100} for a full hour (the common case reads short), else the exact two decimals, e.g. {@code 99.50}. */
    static String text(BigDecimal percent) {
        return percent.compareTo(FULL) >= 0 ? "100" : percent.toPlainString();
    }

    private static String line(DestinationThroughput destination, int eligible) {
        return destination.destination() + ": "
                + destination.percentAfterRepair(eligible).toPlainString()
                + " % after repair (" + destination.delivered() + " delivered, " + destination.parked() + " parked, "
                + destination.pending() + " pending), "
                + destination.percentBeforeRepair(eligible).toPlainString()
                + " % before";
    }
}
