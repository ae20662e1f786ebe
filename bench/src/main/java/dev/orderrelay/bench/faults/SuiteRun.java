package dev.orderrelay.bench.faults;

import dev.orderrelay.local.topology.RoleProcess;
import dev.orderrelay.local.topology.Topology;
import dev.orderrelay.local.topology.TopologySettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Starts one topology for the suite and plays each fault on it as an episode, always stopping every process after.
 * The topology has two reconcilers, the second stopped except in the episodes that want two; the store creates only
 * the episodes' batches and sends 5 % of its webhooks twice.
 */
final class SuiteRun {

    /** The store's duplicate sends throughout the suite (issue 9: 5 %). */
    static final String DUPLICATE_RATE = "0.05";

    private SuiteRun() {}

    /** The topology settings the suite needs on top of {@code base}. */
    static TopologySettings settings(TopologySettings base) {
        Map<String, String> devstack = new HashMap<>(base.devstackProperties());
        devstack.put("relay.local.store.duplicate-rate", DUPLICATE_RATE);
        return base.withStoreCreatesOrders(false)
                .withFaultProxies(true)
                .withConsole(true)
                .withReconcilers(2)
                .withDevstackProperties(devstack);
    }

    static List<EpisodeResult> run(
            TopologySettings settings, SuiteScale scale, List<Fault> faults, Consumer<String> progress) {
        List<EpisodeResult> results = new ArrayList<>();
        progress.accept("starting the topology (logs in " + settings.logDirectory() + ")");
        try (Topology topology = Topology.start(settings)) {
            topology.reconcilers().stream().skip(1).forEach(RoleProcess::terminate);
            progress.accept("topology ready: " + topology);
            EpisodeRunner runner = new EpisodeRunner(topology, scale, progress);
            for (Fault fault : faults) {
                EpisodeResult result = runner.run(fault);
                results.add(result);
                progress.accept(line(result));
            }
        }
        return results;
    }

    /** One episode's figures on one line, as the suite prints them while it runs. */
    static String line(EpisodeResult result) {
        HistoryVerdict v = result.verdict();
        JunkFigures junk = result.junk();
        return String.format(
                "%s: %s | sent %d, acked %d, store sent twice %d | LOST %d, DUPLICATED %d (same-key resends %d) | repaired %d, missing %d"
                        + " | drain %s | forged 401 %d/%d, malformed 200 %d/%d parked %d | reconciliation %s%s%s",
                result.passed() ? "PASS" : "FAIL",
                result.fault(),
                v.webhooksSent(),
                v.webhooksAcked(),
                v.duplicateSends(),
                v.lost(),
                v.duplicated(),
                v.sameKeyResends(),
                v.repaired(),
                v.missing(),
                result.drain() == null ? "not drained" : result.drain().toMillis() / 1000.0 + " s",
                junk.forgedRefused(),
                junk.forgedSent(),
                junk.malformedAccepted(),
                junk.malformedSent(),
                junk.malformedParked(),
                result.reconciliations(),
                v.lostSample().isEmpty() ? "" : " | lost e.g. " + v.lostSample(),
                v.duplicatedSample().isEmpty() ? "" : " | duplicated e.g. " + v.duplicatedSample());
    }
}
