package dev.orderrelay.bench.faults;

import java.time.Duration;

/**
 * The Admin API's cost bucket shrunk and slowed hard (1,000 points restoring 10 a second, a tenth of a Standard
 * plan's rate) from the start of the load until the reconciliation is over. Webhooks are lost upstream too, so the
 * reconciler has orders to list and fetch under the throttle: it must pace itself, not fail.
 */
final class AdminApiThrottle implements Fault {

    static final int BUCKET = 1000;
    static final int RESTORE_RATE = 10;
    /** What listing one page of 250 orders costs the reconciler (docs/reconciliation.md). */
    private static final int POINTS_PER_PAGE = 252;

    private static final int ORDERS_PER_PAGE = 250;
    /**
     * The reconciliation's bound over the time its listing alone takes at the throttled rate: the hours listed hold
     * every order the store made in them, the counts are taken again, and each repair fetches its order.
     */
    private static final int LISTINGS = 3;

    @Override
    public String name() {
        return "admin-api-throttled";
    }

    @Override
    public String description(SuiteScale scale) {
        return "Admin API bucket " + BUCKET + " points restoring " + RESTORE_RATE + "/s through the reconciliation, "
                + Math.round(scale.lossRate() * 100) + " % of webhooks lost upstream to repair";
    }

    @Override
    public double lossRate(SuiteScale scale) {
        return scale.lossRate();
    }

    @Override
    public void play(FaultContext context) {
        // Lasts until afterReconciliation restores it, whatever the reconciliation takes within its bound.
        long seconds = reconciliationBound(context)
                .plus(context.scale().loadDuration())
                .plus(context.scale().drainTimeout())
                .toSeconds();
        context.simulator().throttleAdminApi(BUCKET, RESTORE_RATE, (int) Math.min(Integer.MAX_VALUE, seconds));
    }

    /**
     * The usual bound plus {@value #LISTINGS} times what listing every order the store has made and this episode's
     * batch costs at the throttled rate: at 10 points a second, 3,000 orders take about 5 minutes to list once.
     */
    @Override
    public Duration reconciliationBound(FaultContext context) {
        // At play time the episode's batch is still being made: count it whole.
        long orders = context.simulator().ordersCreated() + context.scale().ordersPerEpisode();
        long pages = (orders + ORDERS_PER_PAGE - 1) / ORDERS_PER_PAGE;
        long listingSeconds = pages * POINTS_PER_PAGE / RESTORE_RATE;
        return DEFAULT_RECONCILIATION_BOUND.plusSeconds(LISTINGS * listingSeconds);
    }

    @Override
    public void afterReconciliation(FaultContext context) {
        context.simulator().restoreAdminApi();
    }
}
