package dev.orderrelay.console.throughput;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.orderrelay.ledger.throughput.DestinationThroughput;

/**
 * One destination's share of an hour. The percentages are decimal strings with two decimals, rounded down (so
 * 99.999 % never reads as 100.00 %), and {@code 100.00} for an hour with nothing eligible: nothing was missed.
 *
 * @param destination the shop's name for the destination
 * @param delivered eligible orders whose purchase the destination accepted, repairs included
 * @param deliveredBeforeRepair of those, the ones that got there without the reconciler's help
 * @param parked eligible orders whose purchase is parked for support
 * @param pending eligible orders whose purchase is still on its way
 * @param throughputBeforeRepair {@code deliveredBeforeRepair / eligible} in percent, e.g. {@code 99.50}
 * @param throughputAfterRepair {@code delivered / eligible} in percent, e.g. {@code 100.00}
 */
@JsonPropertyOrder({
    "destination",
    "delivered",
    "deliveredBeforeRepair",
    "parked",
    "pending",
    "throughputBeforeRepair",
    "throughputAfterRepair"
})
record DestinationView(
        String destination,
        int delivered,
        int deliveredBeforeRepair,
        int parked,
        int pending,
        String throughputBeforeRepair,
        String throughputAfterRepair) {

    static DestinationView of(DestinationThroughput destination, int eligible) {
        return new DestinationView(
                destination.destination(),
                destination.delivered(),
                destination.deliveredBeforeRepair(),
                destination.parked(),
                destination.pending(),
                destination.percentBeforeRepair(eligible).toPlainString(),
                destination.percentAfterRepair(eligible).toPlainString());
    }
}
