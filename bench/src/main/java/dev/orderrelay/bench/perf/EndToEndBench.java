package dev.orderrelay.bench.perf;

import dev.orderrelay.local.topology.RoleProcess;
import dev.orderrelay.local.topology.Topology;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

/**
 * One end-to-end run: {@code orders/paid} webhooks posted as fast as the receiver takes them, timed until every
 * fake destination (webhook, GA4, Segment, Amplitude) accepted every order's purchase; against the raw SQS
 * receive/delete loop and the raw DynamoDB conditional-put loop on the same servers.
 */
final class EndToEndBench {

    private static final Duration POLL = Duration.ofSeconds(1);
    private static final String RAW_RECEIVE_QUEUE = "bench-raw-receive";
    private static final long MEASURED_SEED = 700_000L;
    private static final long WARMUP_SEED = 800_000L;
    static final String DYNAMODB = "DynamoDb";
    static final String SQS = "Sqs";
    /** How long the workers' call counts may take to settle after the last arrival (their ledger writes follow it). */
    private static final Duration SETTLE = Duration.ofSeconds(15);

    /**
     * The figures of one run.
     *
     * @param ordersPerSecond orders delivered to every destination a second, first post to last arrival
     * @param p99Millis 99th percentile, over the orders, of post to arrival at the last destination
     * @param delivered orders that reached every destination within the limit
     * @param receiveDeletePerSecond messages a second of the raw receive/delete loop
     * @param conditionalPutsPerSecond items a second of the raw conditional-put loop
     * @param callsPerOrder the workers' AWS calls during the measured burst, per order delivered
     */
    record Run(
            double ordersPerSecond,
            double p99Millis,
            int delivered,
            double receiveDeletePerSecond,
            double conditionalPutsPerSecond,
            AwsCalls callsPerOrder) {

        double slowerRawLoop() {
            return Math.min(receiveDeletePerSecond, conditionalPutsPerSecond);
        }

        double dynamoDbCallsPerOrder() {
            return callsPerOrder.of(DYNAMODB);
        }

        double sqsCallsPerOrder() {
            return callsPerOrder.of(SQS);
        }

        double awsCallsPerOrder() {
            return callsPerOrder.total();
        }

        /** The workers' DynamoDB calls a second while the burst was delivered. */
        double dynamoDbCallsPerSecond() {
            return ordersPerSecond * dynamoDbCallsPerOrder();
        }
    }

    private final Topology topology;
    private final RawSqs sqs;
    private final RawDynamoDb dynamo;
    private final BenchOptions options;
    private final Consumer<String> print;
    private final JsonHttp http = new JsonHttp();

    EndToEndBench(Topology topology, RawSqs sqs, RawDynamoDb dynamo, BenchOptions options, Consumer<String> print) {
        this.topology = topology;
        this.sqs = sqs;
        this.dynamo = dynamo;
        this.options = options;
        this.print = print;
    }

    Run run(int runIndex, String runId) throws Exception {
        for (RoleProcess worker : topology.workers()) {
            if (!worker.isAlive()) {
                worker.start();
            }
        }
        int count = options.e2eOrders();
        // The roles start cold: the first orders run while the JIT compiles the whole path (over a minute of compiler
        // time in the worker alone on 2 cores). A burst as large as the measured one, not measured, first; production
        // workers run warm.
        Burst warmup = burst(PaidOrders.make(count, WARMUP_SEED + runIndex), runId + "-e2e-warmup");
        print.accept(String.format(
                Locale.ROOT,
                "end to end warm-up (not measured): %d of %d orders at every destination in %.1f s",
                warmup.delivered(),
                count,
                warmup.seconds()));
        Burst measured = burst(PaidOrders.make(count, MEASURED_SEED + runIndex), runId + "-e2e");
        double perSecond = measured.delivered() / measured.seconds();
        print.accept(String.format(
                Locale.ROOT,
                "end to end: %d of %d orders at every destination in %.1f s: %.1f orders/s, p99 %.0f ms",
                measured.delivered(),
                count,
                measured.seconds(),
                perSecond,
                measured.p99Millis()));

        double receiveDelete = receiveDeleteLoop(runId);
        print.accept(String.format(Locale.ROOT, "raw receive/delete loop: %.0f messages/s", receiveDelete));
        dynamo.createTable();
        ClosedLoop.Throughput puts = ClosedLoop.run(
                options.rawSenders(), options.warmup(), options.measured(), dynamo.conditionalPut(runId));
        print.accept(String.format(Locale.ROOT, "raw conditional-put loop: %.0f puts/s", puts.perSecond()));
        AwsCalls perOrder = perOrder(measured);
        print.accept(String.format(
                Locale.ROOT,
                "end to end: the worker made %.1f AWS calls per order (%s)",
                perOrder.total(),
                perOrder.byService()));
        return new Run(
                perSecond, measured.p99Millis(), measured.delivered(), receiveDelete, puts.perSecond(), perOrder);
    }

    private static AwsCalls perOrder(Burst burst) {
        Map<String, Double> perOrder = new TreeMap<>();
        burst.calls().byService().forEach((service, calls) -> perOrder.put(service, calls / burst.delivered()));
        return new AwsCalls(perOrder);
    }

    /**
     * One burst's figures.
     *
     * @param delivered orders that reached every destination within the limit
     * @param seconds first post to the last arrival
     * @param p99Millis 99th percentile, over the orders, of post to arrival at the last destination
     * @param calls the workers' AWS calls from the first post until their counts settled after the last arrival
     */
    private record Burst(int delivered, double seconds, double p99Millis, AwsCalls calls) {}

    /** Posts {@code orders} as fast as the receiver takes them and waits until every destination has every one. */
    private Burst burst(List<PaidOrders.Paid> orders, String webhookIdPrefix) throws Exception {
        int count = orders.size();
        Set<String> ids = new HashSet<>();
        orders.forEach(order -> ids.add(order.orderId()));
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        SignedWebhooks signer = new SignedWebhooks(webhookIdPrefix, 0);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AwsCalls callsBefore = workerCalls();
        Instant start = Instant.now();
        long startNanos = System.nanoTime();
        try (RawHttp http = new RawHttp(topology.webhooks())) {
            String path = topology.webhooks().getRawPath();
            List<Thread> senders = new ArrayList<>();
            for (int s = 0; s < options.senders(); s++) {
                senders.add(Thread.ofVirtual().start(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        PaidOrders.Paid order = orders.get(i);
                        // Retried like Shopify would, so an order refused once still counts.
                        for (int attempt = 0; attempt < 5; attempt++) {
                            try {
                                if (http.post(path, signer.headers("orders/paid", i, order.body()), order.body())
                                        == 200) {
                                    sentAt.put(order.orderId(), System.nanoTime());
                                    break;
                                }
                            } catch (Exception e) {
                                // retried
                            }
                            failed.incrementAndGet();
                        }
                    }
                }));
            }
            for (Thread sender : senders) {
                sender.join();
            }
        }
        print.accept(String.format(
                Locale.ROOT,
                "end to end: %d orders/paid posted in %.1f s (%d refused and retried)",
                count,
                (System.nanoTime() - startNanos) / 1e9,
                failed.get()));

        DestinationEvents events = new DestinationEvents(topology.simulator(), topology.shop());
        Duration limit = Duration.ofSeconds(Math.max(120, count / 10));
        Map<String, Map<String, Instant>> arrivals = new HashMap<>();
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            boolean complete = true;
            for (String kind : DestinationEvents.KINDS) {
                Map<String, Instant> seen = events.firstArrivals(kind, ids);
                arrivals.put(kind, seen);
                complete &= seen.size() == count;
            }
            if (complete || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(POLL);
        }
        Instant last = start;
        int delivered = 0;
        Histogram latency = new Histogram(ConstantRate.HIGHEST_MICROS, 3);
        for (String id : ids) {
            Instant all = null;
            for (String kind : DestinationEvents.KINDS) {
                Instant at = arrivals.get(kind).get(id);
                if (at == null) {
                    all = null;
                    break;
                }
                all = all == null || at.isAfter(all) ? at : all;
            }
            Long posted = sentAt.get(id);
            if (all == null || posted == null) {
                continue;
            }
            delivered++;
            last = all.isAfter(last) ? all : last;
            // Posted is on this JVM's monotonic clock; arrivals on the wall clock of the same machine.
            Instant postedAt = start.plusNanos(posted - startNanos);
            long micros = Math.max(0, Duration.between(postedAt, all).toNanos() / 1000);
            latency.recordValue(Math.min(micros, ConstantRate.HIGHEST_MICROS));
        }
        double p99 = latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(99) / 1000.0;
        return new Burst(
                delivered,
                Duration.between(start, last).toNanos() / 1e9,
                p99,
                settledCalls().since(callsBefore));
    }

    /** Every worker's counts now. */
    private AwsCalls workerCalls() {
        AwsCalls sum = AwsCalls.none();
        for (RoleProcess worker : topology.workers()) {
            sum = sum.plus(AwsCalls.of(http, worker.baseUri()));
        }
        return sum;
    }

    /** The workers' counts once their DynamoDB calls stop growing (idle SQS polls never stop), at most SETTLE. */
    private AwsCalls settledCalls() throws InterruptedException {
        AwsCalls previous = workerCalls();
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(POLL);
            AwsCalls now = workerCalls();
            if (now.of(DYNAMODB) == previous.of(DYNAMODB)) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    private double receiveDeleteLoop(String runId) throws InterruptedException {
        String queue = sqs.freshQueue(RAW_RECEIVE_QUEUE);
        long messages = Math.max(5_000, Math.min(30_000, options.e2eOrders() * 5L));
        sqs.fill(queue, new SignedWebhooks(runId + "-rd", 2048), messages, options.rawSenders());
        double perSecond = sqs.drain(queue, messages, options.rawSenders(), Duration.ofMinutes(5));
        sqs.purge(queue);
        return perSecond;
    }
}
