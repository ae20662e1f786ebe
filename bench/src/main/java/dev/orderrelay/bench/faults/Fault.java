package dev.orderrelay.bench.faults;

import java.time.Duration;
import java.util.List;

/**
 * A fault an episode plays while the store's load runs, and undoes after it. Everything runs against the live
 * topology; a fault that would leave state behind (a peer's fault mode, a proxy, a throttle) clears it in
 * {@link #clear}, which is called even when {@link #play} fails.
 */
interface Fault {

    /** A short stable name, as {@code -Dfaults.only} and the report use it, e.g. {@code receiver-kill}. */
    String name();

    /** One line for the report: what is done and for how long. */
    String description(SuiteScale scale);

    /** The share of webhooks the store loses upstream during this episode's load. */
    default double lossRate(SuiteScale scale) {
        return 0;
    }

    /** Plays the fault during the load; returns when its active part is over. */
    void play(FaultContext context);

    /** Undoes what {@link #play} may have left in place, at the end of the load (before reconciliation). */
    default void clear(FaultContext context) {}

    /** Asks for the end-of-episode reconciliation; the run ids to follow. */
    default List<String> reconcile(FaultContext context, Reconciliations reconciliations) {
        return List.of(reconciliations.request());
    }

    /**
     * How long the end-of-episode reconciliation may take before the episode gives up waiting for it: the default
     * fits a run at the Admin API's usual pace; a fault that slows the reconciler down says how much longer.
     */
    default Duration reconciliationBound(FaultContext context) {
        return DEFAULT_RECONCILIATION_BOUND;
    }

    Duration DEFAULT_RECONCILIATION_BOUND = Duration.ofMinutes(10);

    /** After the reconciliation: undoes what had to last through it, replays what the fault parked on purpose. */
    default void afterReconciliation(FaultContext context) {}
}
