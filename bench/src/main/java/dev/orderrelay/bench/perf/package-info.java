/**
 * The benchmarks behind docs/benchmarks.md: a load driver (closed-model throughput, open-model constant-rate
 * latency corrected for coordinated omission), the baselines measured in the same run against the same servers
 * (raw SDK loops, a bare endpoint on the receiver's server stack, a paced Admin API listing), and the report.
 * Run by {@code ./mvnw -B -pl bench -am verify -Pbench}; {@link dev.orderrelay.bench.perf.Benchmarks} lists the
 * options.
 */
package dev.orderrelay.bench.perf;
