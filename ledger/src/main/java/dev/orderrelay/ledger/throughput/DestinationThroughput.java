package dev.orderrelay.ledger.throughput;

import java.math.BigDecimal;

/**
 * One destination's share of an hour's row: of the hour's eligible orders, how many have their purchase delivered
 * there, and where the rest stand.
 *
 * @param destination the shop's name for the destination
 * @param delivered eligible orders whose purchase the destination accepted, repairs included
 * @param deliveredBeforeRepair of those, the ones that got there without the reconciler's help
 * @param parked eligible orders whose purchase is parked for support (a rejection, a dead letter)
 * @param pending eligible orders whose purchase is on its way (registered, not yet delivered or parked) or was
 *     never registered
 */
public record DestinationThroughput(
        String destination, int delivered, int deliveredBeforeRepair, int parked, int pending) {

    /** Delivered over {@code eligible}, in percent with two decimals; 100.00 for an hour with nothing eligible. */
    public BigDecimal percentAfterRepair(int eligible) {
        return ThroughputRow.percent(delivered, eligible);
    }

    /** The same before the reconciler's repairs. */
    public BigDecimal percentBeforeRepair(int eligible) {
        return ThroughputRow.percent(deliveredBeforeRepair, eligible);
    }
}
