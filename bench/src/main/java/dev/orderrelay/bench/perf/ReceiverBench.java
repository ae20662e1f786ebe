package dev.orderrelay.bench.perf;

import dev.orderrelay.devstack.aws.DevstackResources;
import dev.orderrelay.local.topology.RoleProcess;
import dev.orderrelay.local.topology.Topology;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One run of the receiver benchmarks on a started topology (workers stopped, so nothing else competes for the
 * machine): closed-model throughput against the raw SendMessageBatch loop and the bare endpoint, then open-model
 * latency at 25, 50 and 75 % of the throughput just measured against raw single sends at the same rate, with the
 * receiver's peak heap sampled throughout; last, the receiver restarted alone for its start-up to ready.
 */
final class ReceiverBench {

    static final int[] LOADS = {25, 50, 75};
    static final String RAW_QUEUE = "bench-raw-send";
    private static final int MAX_IN_FLIGHT = 4096;
    private static final int BODY_BYTES = 2048;

    /** Latency percentiles of one open-model run, in milliseconds, and the calls that failed. */
    record Percentiles(double p50, double p99, double p999, long failed) {
        static Percentiles of(ConstantRate.Latency latency) {
            return new Percentiles(
                    latency.percentileMillis(50),
                    latency.percentileMillis(99),
                    latency.percentileMillis(99.9),
                    latency.failed());
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT, "p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, %d failed", p50, p99, p999, failed);
        }
    }

    /** Receiver and raw send latency at one share of the receiver's maximum. */
    record AtLoad(int percent, double perSecond, Percentiles receiver, Percentiles raw) {}

    /**
     * The figures of one run.
     *
     * @param startupSeconds the receiver's process start to readiness 200
     * @param webhooksPerSecond accepted (200) signed webhooks a second, closed model
     * @param rawBatchPerSecond messages a second of the raw SendMessageBatch loop
     * @param barePerSecond 200s a second of the bare endpoint, closed model, same senders
     * @param loads latency at each load
     * @param peakHeapMib the receiver's highest heap in use during the run's load
     */
    record Run(
            double startupSeconds,
            double webhooksPerSecond,
            double rawBatchPerSecond,
            double barePerSecond,
            List<AtLoad> loads,
            double peakHeapMib) {}

    private final Topology topology;
    private final BareEndpoint bare;
    private final RawSqs sqs;
    private final BenchOptions options;
    private final Consumer<String> print;

    ReceiverBench(Topology topology, BareEndpoint bare, RawSqs sqs, BenchOptions options, Consumer<String> print) {
        this.topology = topology;
        this.bare = bare;
        this.sqs = sqs;
        this.options = options;
        this.print = print;
    }

    Run run(String runId) throws Exception {
        RoleProcess receiver = topology.receiver();
        String ingest = sqs.queueUrl(DevstackResources.INGEST_QUEUE);
        String raw = sqs.freshQueue(RAW_QUEUE);
        List<AtLoad> loads = new ArrayList<>();
        double webhooks;
        double rawBatch;
        double barePerSecond;
        try (HeapSampler heap = new HeapSampler(receiver.baseUri());
                RawHttp receiverHttp = new RawHttp(topology.webhooks());
                RawHttp bareHttp = new RawHttp(bare.base())) {
            // The JIT compiles the hot path in the first seconds of load (40 s of compiler time in the profile):
            // a first, unmeasured period lets it finish before anything counts.
            closed(post(receiverHttp, topology.webhooks(), new SignedWebhooks(runId + "-jit", BODY_BYTES)));
            sqs.purge(ingest);
            webhooks = closed(post(receiverHttp, topology.webhooks(), new SignedWebhooks(runId + "-max", BODY_BYTES)));
            print.accept(String.format(Locale.ROOT, "receiver throughput: %.0f webhooks/s", webhooks));
            sqs.purge(ingest);

            ClosedLoop.Throughput batches = ClosedLoop.run(
                    options.rawSenders(),
                    options.warmup(),
                    options.measured(),
                    sqs.batchSend(raw, new SignedWebhooks(runId + "-raw", BODY_BYTES)));
            rawBatch = batches.perSecond();
            print.accept(String.format(Locale.ROOT, "raw SendMessageBatch loop: %.0f messages/s", rawBatch));
            sqs.purge(raw);

            barePerSecond = closed(post(
                    bareHttp,
                    bare.base().resolve("/webhooks/shopify"),
                    new SignedWebhooks(runId + "-bare", BODY_BYTES)));
            print.accept(String.format(Locale.ROOT, "bare endpoint: %.0f requests/s", barePerSecond));

            for (int percent : LOADS) {
                double rate = webhooks * percent / 100.0;
                ConstantRate.Latency atReceiver = ConstantRate.run(
                        rate,
                        options.warmup(),
                        options.measured(),
                        MAX_IN_FLIGHT,
                        post(
                                receiverHttp,
                                topology.webhooks(),
                                new SignedWebhooks(runId + "-l" + percent, BODY_BYTES)));
                sqs.purge(ingest);
                ConstantRate.Latency atRaw = ConstantRate.run(
                        rate,
                        options.warmup(),
                        options.measured(),
                        MAX_IN_FLIGHT,
                        sqs.singleSend(raw, new SignedWebhooks(runId + "-r" + percent, BODY_BYTES)));
                sqs.purge(raw);
                AtLoad load = new AtLoad(percent, rate, Percentiles.of(atReceiver), Percentiles.of(atRaw));
                loads.add(load);
                print.accept(String.format(
                        Locale.ROOT,
                        "latency at %d %% (%.0f/s): receiver %s; raw send %s",
                        percent,
                        rate,
                        load.receiver(),
                        load.raw()));
            }
            double peak = heap.peakMib();
            print.accept(String.format(Locale.ROOT, "receiver peak heap under load: %.0f MiB", peak));
            // Restarted alone, last, so the load above ran on the receiver the topology started and warmed.
            receiver.terminate();
            receiver.start();
            double startup = receiver.readyIn().toMillis() / 1000.0;
            print.accept(String.format(Locale.ROOT, "receiver start-up to ready: %.2f s", startup));
            sqs.purge(ingest);
            return new Run(startup, webhooks, rawBatch, barePerSecond, loads, peak);
        }
    }

    private double closed(Call call) throws InterruptedException {
        ClosedLoop.Throughput throughput =
                ClosedLoop.run(options.senders(), options.warmup(), options.measured(), call);
        if (throughput.failed() > 0) {
            print.accept("  (" + throughput.failed() + " calls failed)");
        }
        return throughput.perSecond();
    }

    /** A signed {@code orders/create} post; 1 for a 200. */
    static Call post(RawHttp http, URI target, SignedWebhooks webhooks) {
        String path = target.getRawPath();
        return sequence -> {
            byte[] body = webhooks.body(sequence);
            return http.post(path, webhooks.headers("orders/create", sequence, body), body) == 200 ? 1 : 0;
        };
    }
}
