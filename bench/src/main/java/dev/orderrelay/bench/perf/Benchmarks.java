package dev.orderrelay.bench.perf;

import dev.orderrelay.local.topology.RoleProcess;
import dev.orderrelay.local.topology.Topology;
import dev.orderrelay.local.topology.TopologyPorts;
import dev.orderrelay.local.topology.TopologySettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmarks of docs/benchmarks.md. Each run starts the topology afresh (devstack, receiver, worker, reconciler,
 * console, each its own process from its jar, no fault proxies), measures every group and its same-run baselines,
 * and stops it; the figures are printed as they come and the report is written at the end.
 *
 * <p>Options (system properties, as {@code -Dbench.runs=1}): {@code bench.runs} (3), {@code bench.seconds} (20, each
 * measured period), {@code bench.warmup} (5), {@code bench.senders} (64), {@code bench.raw-senders} (16),
 * {@code bench.e2e.orders} (3000), {@code bench.reconcile.orders} (10000), {@code bench.only}
 * ({@code receiver,e2e,reconcile}), {@code bench.jfr} (false: true records a JFR profile of every process into
 * {@code bench.logs}), {@code bench.report} ({@code docs/benchmarks.md}), {@code bench.logs}
 * ({@code bench/target/bench}).
 */
public final class Benchmarks {

    static final String COMMAND = "./mvnw -B -pl bench -am verify -Pbench";
    /** Far enough away that no scheduled reconciliation runs during a benchmark: only requested runs do. */
    static final String NO_SCHEDULE = "0 0 0 1 1 *";

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.fromSystemProperties();
        Path repository = Path.of("").toAbsolutePath();
        Machine machine = Machine.detect();
        say("benchmarks: " + String.join(", ", options.describe()));
        say("machine: " + machine.cores() + " cores, " + machine.memory() + ", " + machine.cpuModel() + ", "
                + machine.os() + ", " + machine.jdk());
        Results results = new Results();
        for (int run = 1; run <= options.runs(); run++) {
            say("--- run " + run + " of " + options.runs());
            runOnce(repository, options, run, results);
        }
        List<Measure> measures = results.measures(options);
        say("--- summary");
        measures.forEach(measure -> say(Report.line(measure)));
        Report report = new Report(
                command(options),
                Instant.now(),
                machine,
                options.runs(),
                options.describe(),
                measures,
                Notes.method(options),
                Notes.findings());
        Path target = options.report().toAbsolutePath();
        Files.createDirectories(target.getParent());
        Files.writeString(target, report.render(), StandardCharsets.UTF_8);
        say("report written to " + target);
    }

    private static void runOnce(Path repository, BenchOptions options, int run, Results results) throws Exception {
        Path logs = options.logs().toAbsolutePath().resolve("run-" + run);
        Files.createDirectories(logs);
        List<String> jvm = new ArrayList<>();
        if (options.jfr()) {
            jvm.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + logs + "/");
        }
        boolean reconcile = options.runs("reconcile");
        TopologySettings settings = TopologySettings.defaults(repository)
                .withPorts(TopologyPorts.free())
                .withLogDirectory(logs)
                .withFaultProxies(false)
                .withStoreCreatesOrders(false)
                .withWorkers(1)
                .withReconcilers(reconcile ? 1 : 0)
                .withConsole(reconcile)
                .withRoleProperties(Map.of("relay.reconciler.schedule", NO_SCHEDULE))
                .withJvmOptions(jvm);
        String runId = Long.toString(System.currentTimeMillis(), 36) + "-" + run;
        try (Topology topology = Topology.start(settings);
                RawSqs sqs = new RawSqs(java.net.URI.create(
                        "http://127.0.0.1:" + settings.ports().sqs()));
                RawDynamoDb dynamo = new RawDynamoDb(java.net.URI.create(
                        "http://127.0.0.1:" + settings.ports().dynamodb()))) {
            say("topology up: " + topology);
            if (options.runs("receiver")) {
                // Nothing but the receiver works while it is measured; the worker comes back for end to end.
                topology.workers().forEach(RoleProcess::terminate);
                try (BareEndpoint bare = BareEndpoint.start(logs, jvm)) {
                    results.receiver.add(new ReceiverBench(topology, bare, sqs, options, Benchmarks::say).run(runId));
                }
            }
            if (options.runs("e2e")) {
                results.endToEnd.add(
                        new EndToEndBench(topology, sqs, dynamo, options, Benchmarks::say).run(run, runId));
            }
            if (reconcile) {
                results.reconciliation.add(new ReconciliationBench(topology, options, Benchmarks::say).run());
            }
        }
    }

    private static String command(BenchOptions options) {
        StringBuilder command = new StringBuilder(COMMAND);
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("bench."))
                .sorted()
                .forEach(name -> command.append(" -D").append(name).append('=').append(System.getProperty(name)));
        return command.toString();
    }

    static void say(String line) {
        System.out.println("[bench] " + line);
        System.out.flush();
    }

    /** Every run's figures, per group. */
    static final class Results {
        final List<ReceiverBench.Run> receiver = new ArrayList<>();
        final List<EndToEndBench.Run> endToEnd = new ArrayList<>();
        final List<ReconciliationBench.Run> reconciliation = new ArrayList<>();

        List<Measure> measures(BenchOptions options) {
            return Measures.of(receiver, endToEnd, reconciliation, options);
        }
    }
}
