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

    /**
     * The figures of one run.
     *
     * @param ordersPerSecond orders delivered to every destination a second, first post to last arrival
     * @param p99Millis 99th percentile, over the orders, of post to arrival at the last destination
     * @param delivered orders that reached every destination within the limit
     * @param receiveDeletePerSecond messages a second of the raw receive/delete loop
     * @param conditionalPutsPerSecond items a second of the raw conditional-put loop
     */
    record Run(
            double ordersPerSecond,
            double p99Millis,
            int delivered,
            double receiveDeletePerSecond,
            double conditionalPutsPerSecond) {

        double slowerRawLoop() {
            return Math.min(receiveDeletePerSecond, conditionalPutsPerSecond);
        }
    }

    private final Topology topology;
    private final RawSqs sqs;
    private final RawDynamoDb dynamo;
    private final BenchOptions options;
    private final Consumer<String> print;

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
        List<PaidOrders.Paid> orders = PaidOrders.make(count, 700_000L + runIndex);
        Set<String> ids = new HashSet<>();
        orders.forEach(order -> ids.add(order.orderId()));
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        SignedWebhooks signer = new SignedWebhooks(runId + "-e2e", 0);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
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
        double seconds = Duration.between(start, last).toNanos() / 1e9;
        double perSecond = delivered / seconds;
        double p99 = latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(99) / 1000.0;
        print.accept(String.format(
                Locale.ROOT,
                "end to end: %d of %d orders at every destination in %.1f s: %.1f orders/s, p99 %.0f ms",
                delivered,
                count,
                seconds,
                perSecond,
                p99));

        double receiveDelete = receiveDeleteLoop(runId);
        print.accept(String.format(Locale.ROOT, "raw receive/delete loop: %.0f messages/s", receiveDelete));
        dynamo.createTable();
        ClosedLoop.Throughput puts = ClosedLoop.run(
                options.rawSenders(), options.warmup(), options.measured(), dynamo.conditionalPut(runId));
        print.accept(String.format(Locale.ROOT, "raw conditional-put loop: %.0f puts/s", puts.perSecond()));
        return new Run(perSecond, p99, delivered, receiveDelete, puts.perSecond());
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
