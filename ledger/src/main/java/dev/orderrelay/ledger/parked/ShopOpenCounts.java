package dev.orderrelay.ledger.parked;

import java.util.Map;

/**
 * How many of a shop's dead letters still wait for support, among the newest ones read (see
 * {@link ParkedEvents#countOpen}).
 *
 * @param byDestination parked deliver-stage events per destination name
 * @param withoutDestination parked events of the ingest and process stages, which belong to no destination
 * @param read how many of the shop's events were read, whatever their status
 * @param complete whether that was all of them; when not, the counts are lower bounds
 */
public record ShopOpenCounts(Map<String, Integer> byDestination, int withoutDestination, int read, boolean complete) {

    public ShopOpenCounts {
        byDestination = Map.copyOf(byDestination);
    }

    /** The parked events of {@code destination} counted; 0 when none. */
    public int forDestination(String destination) {
        return byDestination.getOrDefault(destination, 0);
    }
}
