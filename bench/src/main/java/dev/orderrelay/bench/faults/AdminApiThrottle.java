package dev.orderrelay.bench.faults;

/**
 * The Admin API's cost bucket shrunk and slowed hard (1,000 points restoring 10 a second, a tenth of a Standard
 * plan's rate) from the start of the load until the reconciliation is over. Webhooks are lost upstream too, so the
 * reconciler has orders to list and fetch under the throttle: it must pace itself, not fail.
 */
final class AdminApiThrottle implements Fault {

    static final int BUCKET = 1000;
    static final int RESTORE_RATE = 10;
    private static final int SECONDS = 1800;

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
        context.simulator().throttleAdminApi(BUCKET, RESTORE_RATE, SECONDS);
    }

    @Override
    public void afterReconciliation(FaultContext context) {
        context.simulator().restoreAdminApi();
    }
}
