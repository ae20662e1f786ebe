package dev.orderrelay.bench.faults;

/**
 * Webhooks lost upstream (the store never sends 2 % of them) and, halfway through the load, the orders/paid
 * subscription deleted as Shopify deletes one after repeated failures. The reconciler must re-create the
 * subscription and bring in every order the receiver never saw or saw only half of.
 */
final class UpstreamLoss implements Fault {

    @Override
    public String name() {
        return "upstream-loss";
    }

    @Override
    public String description(SuiteScale scale) {
        return Math.round(scale.lossRate() * 100) + " % of webhooks lost upstream, orders/paid subscription deleted"
                + " halfway";
    }

    @Override
    public double lossRate(SuiteScale scale) {
        return scale.lossRate();
    }

    @Override
    public void play(FaultContext context) {
        context.hold(context.scale().loadDuration().dividedBy(2));
        context.simulator().deleteSubscription("orders/paid");
    }
}
