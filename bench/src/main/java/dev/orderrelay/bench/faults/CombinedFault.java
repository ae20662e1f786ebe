package dev.orderrelay.bench.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Several faults in one episode: each lane plays its faults one after the other, the lanes at the same time (the
 * worker kills share a lane, since both kill every worker). The loss rate is the highest of them; the reconciliation
 * is the one a fault asks for (two reconcilers), else one run, waited for as long as the slowest fault asks.
 */
final class CombinedFault implements Fault {

    private final List<List<Fault>> lanes;

    CombinedFault(List<List<Fault>> lanes) {
        this.lanes = lanes.stream().map(List::copyOf).toList();
    }

    private List<Fault> all() {
        return lanes.stream().flatMap(List::stream).toList();
    }

    @Override
    public String name() {
        return "all-combined";
    }

    @Override
    public String description(SuiteScale scale) {
        return "at once: " + all().stream().map(Fault::name).collect(Collectors.joining(", "));
    }

    @Override
    public double lossRate(SuiteScale scale) {
        return all().stream().mapToDouble(fault -> fault.lossRate(scale)).max().orElse(0);
    }

    @Override
    public void play(FaultContext context) {
        List<Thread> threads = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        for (List<Fault> lane : lanes) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    lane.forEach(fault -> fault.play(context));
                } catch (RuntimeException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("combined faults interrupted", e);
            }
        }
        if (!failures.isEmpty()) {
            IllegalStateException failure =
                    new IllegalStateException("a combined fault failed: " + failures.getFirst());
            failures.forEach(failure::addSuppressed);
            throw failure;
        }
    }

    @Override
    public void clear(FaultContext context) {
        all().forEach(fault -> fault.clear(context));
    }

    @Override
    public List<String> reconcile(FaultContext context, Reconciliations reconciliations) {
        return all().stream()
                .filter(fault -> fault instanceof TwoReconcilers)
                .findFirst()
                .map(fault -> fault.reconcile(context, reconciliations))
                .orElseGet(() -> List.of(reconciliations.request()));
    }

    /** The longest any of the faults asks for. */
    @Override
    public Duration reconciliationBound(FaultContext context) {
        return all().stream()
                .map(fault -> fault.reconciliationBound(context))
                .max(Duration::compareTo)
                .orElse(DEFAULT_RECONCILIATION_BOUND);
    }

    @Override
    public void afterReconciliation(FaultContext context) {
        all().forEach(fault -> fault.afterReconciliation(context));
    }
}
