package dev.orderrelay.bench.faults;

import dev.orderrelay.local.topology.RoleProcess;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Two reconciler processes asked to run at once over the same hours, with webhooks lost upstream so both find
 * orders to repair. The topology keeps its second reconciler stopped in the other episodes; this one starts it
 * during the load and stops it after. Repairs go through the claims, so however the two overlap, no order may be
 * delivered twice.
 */
final class TwoReconcilers implements Fault {

    @Override
    public String name() {
        return "two-reconcilers";
    }

    @Override
    public String description(SuiteScale scale) {
        return "two reconcilers asked at once, " + Math.round(scale.lossRate() * 100)
                + " % of webhooks lost upstream to repair";
    }

    @Override
    public double lossRate(SuiteScale scale) {
        return scale.lossRate();
    }

    @Override
    public void play(FaultContext context) {
        List<RoleProcess> reconcilers = context.topology().reconcilers();
        if (reconcilers.size() < 2) {
            throw new IllegalStateException(
                    "two-reconcilers needs a topology started with 2 reconcilers, it has " + reconcilers.size());
        }
        reconcilers.stream().filter(reconciler -> !reconciler.isAlive()).forEach(context::startUntilReady);
    }

    @Override
    public List<String> reconcile(FaultContext context, Reconciliations reconciliations) {
        CompletableFuture<String> first = CompletableFuture.supplyAsync(reconciliations::request);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(reconciliations::request);
        return List.of(first.join(), second.join());
    }

    @Override
    public void afterReconciliation(FaultContext context) {
        standDown(context);
    }

    @Override
    public void clear(FaultContext context) {
        // The second reconciler stays up through the reconciliation; afterReconciliation stops it.
    }

    /** Stops every reconciler but the first, as the other episodes run with one. */
    static void standDown(FaultContext context) {
        List<RoleProcess> reconcilers = context.topology().reconcilers();
        reconcilers.stream().skip(1).forEach(RoleProcess::terminate);
    }
}
