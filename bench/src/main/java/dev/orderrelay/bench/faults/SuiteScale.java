package dev.orderrelay.bench.faults;

import java.time.Duration;

/**
 * How big and how long each episode is: the full suite's figures (100,000 webhooks per fault, outages of 30 s,
 * destinations failing for 60 s) or the short suite's that CI runs in minutes.
 *
 * @param ordersPerEpisode orders the store creates per episode; each sends about two webhooks (orders/create, then
 *     orders/paid), plus the store's duplicate sends
 * @param perSecond the store's order rate during the load (0: as fast as it can)
 * @param outage how long the queue, the ledger or the object store stays unreachable
 * @param destinationFailure how long a destination fails in all (5xx, then timeouts, then 429, a third each)
 * @param junkRate forged webhooks, and again malformed ones, sent per store webhook (1 % each)
 * @param lossRate webhooks lost upstream in the episodes that lose some (2 %)
 * @param drainTimeout how long after the load the suite waits for every order to be delivered
 */
public record SuiteScale(
        int ordersPerEpisode,
        int perSecond,
        Duration outage,
        Duration destinationFailure,
        double junkRate,
        double lossRate,
        Duration drainTimeout) {

    public SuiteScale {
        if (ordersPerEpisode < 1) {
            throw new IllegalArgumentException("ordersPerEpisode must be at least 1, was " + ordersPerEpisode);
        }
        if (perSecond < 0) {
            throw new IllegalArgumentException("perSecond must not be negative, was " + perSecond);
        }
        if (junkRate < 0 || junkRate > 1 || lossRate < 0 || lossRate > 1) {
            throw new IllegalArgumentException("junkRate and lossRate must be within 0..1");
        }
    }

    /** The full figures for {@code webhooks} webhooks per fault (two per order) at {@code perSecond}. */
    public static SuiteScale full(int webhooks, int perSecond) {
        return new SuiteScale(
                Math.max(1, webhooks / 2),
                perSecond,
                Duration.ofSeconds(30),
                Duration.ofSeconds(60),
                0.01,
                0.02,
                Duration.ofMinutes(15));
    }

    /** How long the load of one episode lasts, at the configured rate. */
    public Duration loadDuration() {
        return perSecond == 0 ? Duration.ZERO : Duration.ofMillis(1000L * ordersPerEpisode / perSecond);
    }

    /** Forged webhooks (and again malformed ones) to send in one episode: the junk rate of its store webhooks. */
    public int junkPerKind() {
        return (int) Math.ceil(ordersPerEpisode * 2 * junkRate);
    }
}
