package dev.orderrelay.bench.perf;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The benchmark's options, read from system properties ({@code -Dbench.runs=3}); the defaults are those of the
 * documented run.
 *
 * @param runs independent runs, each on a freshly started topology (at least 3 for the documented figures)
 * @param warmup load before each measured period, not counted
 * @param measured each measured period of the receiver benchmarks
 * @param senders concurrent webhook senders of the closed-model receiver and bare-endpoint runs
 * @param rawSenders concurrent SendMessageBatch loops of the raw send baseline
 * @param e2eOrders orders/paid webhooks of each end-to-end run
 * @param reconcileOrders orders the store creates for each reconciliation run
 * @param only which groups run: {@code receiver}, {@code e2e}, {@code reconcile}
 * @param jfr whether every role process records a JFR profile (in {@code logs}); figures are then not the documented ones
 * @param report where the Markdown report goes (relative to the working directory, the repository root)
 * @param logs where processes' logs and profiles go
 */
record BenchOptions(
        int runs,
        Duration warmup,
        Duration measured,
        int senders,
        int rawSenders,
        int e2eOrders,
        int reconcileOrders,
        Set<String> only,
        boolean jfr,
        Path report,
        Path logs) {

    static final Set<String> GROUPS = Set.of("receiver", "e2e", "reconcile");

    static BenchOptions fromSystemProperties() {
        Set<String> only = Set.copyOf(List.of(System.getProperty("bench.only", "receiver,e2e,reconcile")
                .strip()
                .split("\\s*,\\s*")));
        for (String group : only) {
            if (!GROUPS.contains(group)) {
                throw new IllegalArgumentException("bench.only: unknown group '" + group + "'; groups are " + GROUPS);
            }
        }
        return new BenchOptions(
                property("bench.runs", "3", Integer::parseInt),
                Duration.ofSeconds(property("bench.warmup", "5", Long::parseLong)),
                Duration.ofSeconds(property("bench.seconds", "20", Long::parseLong)),
                property("bench.senders", "64", Integer::parseInt),
                property("bench.raw-senders", "16", Integer::parseInt),
                property("bench.e2e.orders", "3000", Integer::parseInt),
                property("bench.reconcile.orders", "10000", Integer::parseInt),
                only,
                property("bench.jfr", "false", Boolean::parseBoolean),
                Path.of(System.getProperty("bench.report", "docs/benchmarks.md").strip()),
                Path.of(System.getProperty("bench.logs", "bench/target/bench").strip()));
    }

    BenchOptions {
        if (runs < 1 || senders < 1 || rawSenders < 1 || e2eOrders < 1 || reconcileOrders < 1) {
            throw new IllegalArgumentException("bench.runs, bench.senders, bench.raw-senders, bench.e2e.orders and"
                    + " bench.reconcile.orders must be positive");
        }
    }

    boolean runs(String group) {
        return only.contains(group);
    }

    /** The options as the report lists them. */
    List<String> describe() {
        List<String> out = new ArrayList<>();
        out.add("runs=" + runs);
        out.add("warmup=" + warmup.toSeconds() + "s");
        out.add("measured=" + measured.toSeconds() + "s");
        out.add("senders=" + senders);
        out.add("raw-senders=" + rawSenders);
        out.add("e2e.orders=" + e2eOrders);
        out.add("reconcile.orders=" + reconcileOrders);
        out.add("only="
                + String.join(
                        "+", GROUPS.stream().filter(only::contains).sorted().toList()));
        if (jfr) {
            out.add("jfr=true (profiling: figures not comparable)");
        }
        return out;
    }

    private static <T> T property(String name, String fallback, Function<String, T> parse) {
        String value = System.getProperty(name, fallback).strip();
        try {
            return parse.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + ": cannot read '" + value + "': " + e.getMessage(), e);
        }
    }
}
