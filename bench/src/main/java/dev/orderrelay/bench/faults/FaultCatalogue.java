package dev.orderrelay.bench.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every fault of issue 9, alone and then all combined, in the order the suite plays them. */
final class FaultCatalogue {

    private FaultCatalogue() {}

    /** Each fault alone, then every one of them at once. */
    static List<Fault> all() {
        List<Fault> faults = new ArrayList<>(alone());
        faults.add(combined());
        return faults;
    }

    static List<Fault> alone() {
        return List.of(
                new ReceiverKill(),
                WorkerKill.beforeTheDestinationCall(),
                WorkerKill.afterTheDestinationCall(),
                BackingServiceOutage.queue(),
                BackingServiceOutage.ledger(),
                BackingServiceOutage.objectStore(),
                new DestinationFailure("segment"),
                new DestinationRejections("amplitude"),
                new UpstreamLoss(),
                new AdminApiThrottle(),
                new TwoReconcilers());
    }

    static Fault combined() {
        return new CombinedFault(List.of(
                List.of(new ReceiverKill()),
                List.of(WorkerKill.beforeTheDestinationCall(), WorkerKill.afterTheDestinationCall()),
                List.of(BackingServiceOutage.queue()),
                List.of(BackingServiceOutage.ledger()),
                List.of(BackingServiceOutage.objectStore()),
                List.of(new DestinationFailure("segment")),
                List.of(new DestinationRejections("amplitude")),
                List.of(new UpstreamLoss()),
                List.of(new AdminApiThrottle()),
                List.of(new TwoReconcilers())));
    }

    /** The faults named in {@code names} (all when empty), in the suite's order; an unknown name fails. */
    static List<Fault> select(Set<String> names) {
        List<Fault> all = all();
        if (names.isEmpty()) {
            return all;
        }
        List<String> known = all.stream().map(Fault::name).toList();
        for (String name : names) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(
                        "faults.only names an unknown fault '" + name + "'; the faults are " + known);
            }
        }
        return all.stream().filter(fault -> names.contains(fault.name())).toList();
    }
}
