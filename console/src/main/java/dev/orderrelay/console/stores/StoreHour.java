package dev.orderrelay.console.stores;

import dev.orderrelay.ledger.throughput.ThroughputRow;
import java.util.List;

/**
 * One measured hour of a store, as the table under its chart shows it.
 *
 * @param hour the hour's start, ISO-8601 UTC
 * @param destinations per destination: delivered, of which repaired, and the percentage after repair
 */
record StoreHour(
        String hour,
        int source,
        int eligible,
        int received,
        int processed,
        int repaired,
        boolean proven,
        List<Destination> destinations) {

    /**
     * @param delivered eligible orders whose purchase it accepted, repairs included
     * @param repaired of those, the ones the reconciler's repairs brought there
     * @param percentAfterRepair {@code delivered / eligible}, two decimals rounded down
     * @param css the grid's colour for that percentage
     */
    record Destination(
            String destination, int delivered, int repaired, int parked, String percentAfterRepair, String css) {}

    static StoreHour of(ThroughputRow row) {
        return new StoreHour(
                row.hour().toString(),
                row.source(),
                row.eligible(),
                row.received(),
                row.processed(),
                row.repaired(),
                row.proven(),
                row.destinations().stream()
                        .map(destination -> {
                            var percent = destination.percentAfterRepair(row.eligible());
                            return new Destination(
                                    destination.destination(),
                                    destination.delivered(),
                                    destination.delivered() - destination.deliveredBeforeRepair(),
                                    destination.parked(),
                                    HourCell.text(percent),
                                    row.eligible() == 0 ? "none" : HourCell.css(percent));
                        })
                        .toList());
    }
}
