package dev.orderrelay.bench.perf;

import dev.orderrelay.local.topology.Topology;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * One reconciliation run: the simulated store creates the orders (their webhooks delivered, none lost), the pipeline
 * delivers them, then a raw paced listing of the same hours and a requested reconciliation proving them, each
 * starting from a full Admin API cost bucket; against the ceiling the bucket sets on listing those orders.
 */
final class ReconciliationBench {

    static final String OPS_USER = "ops";
    static final String OPS_PASSWORD = "ops-password";
    /** Orders per page of the reconciler's listing, and the page's cost: 2 for the connection, 1 per order. */
    static final int PAGE = 250;

    private static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration SETTLE = Duration.ofSeconds(25);

    /**
     * The figures of one run.
     *
     * @param ordersPerSecond source orders the reconciliation proved a second, its start to its finish
     * @param ceilingPerSecond orders a second the cost bucket allows for listing them, from a full bucket
     * @param rawListingPerSecond orders a second of the raw paced listing loop
     * @param sourceOrders orders the reconciliation listed
     * @param hoursProven hours it proved
     * @param requeued orders it had to send again (0 when the pipeline delivered everything)
     */
    record Run(
            double ordersPerSecond,
            double ceilingPerSecond,
            double rawListingPerSecond,
            int sourceOrders,
            int hoursProven,
            int requeued) {}

    private final Topology topology;
    private final BenchOptions options;
    private final Consumer<String> print;
    private final JsonHttp http = new JsonHttp();

    ReconciliationBench(Topology topology, BenchOptions options, Consumer<String> print) {
        this.topology = topology;
        this.options = options;
        this.print = print;
    }

    Run run() throws Exception {
        int count = options.reconcileOrders();
        Map<String, Object> create = new LinkedHashMap<>();
        create.put("count", count);
        create.put("perSecond", 0);
        create.put("lossRate", 0);
        String batch = http.post(topology.simulator().resolve("/simulator/store/orders"), create)
                .path("batch")
                .asString();
        JsonNode created = awaitCreated(batch);
        Set<String> ids = new HashSet<>();
        Instant first = Instant.MAX;
        Instant last = Instant.MIN;
        for (JsonNode order : created.path("orders")) {
            ids.add(order.path("orderId").asString());
            Instant at = Instant.parse(order.path("createdAt").asString());
            first = at.isBefore(first) ? at : first;
            last = at.isAfter(last) ? at : last;
        }
        print.accept("reconciliation: the store created " + ids.size() + " orders; waiting for their purchases");
        awaitDelivered(ids);
        Instant settled = last.plus(SETTLE);
        while (Instant.now().isBefore(settled)) {
            Thread.sleep(POLL);
        }
        Instant from = first.truncatedTo(ChronoUnit.HOURS);
        Instant to = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));

        PacedAdminApi admin = new PacedAdminApi(topology.settings().ports().adminApi());
        admin.awaitFull();
        PacedAdminApi.Bucket bucket = admin.bucket();
        long started = System.nanoTime();
        int listed = 0;
        for (Instant hour = from; hour.isBefore(to); hour = hour.plus(Duration.ofHours(1))) {
            listed += admin.listCreated(
                    "created_at:>='" + hour + "' AND created_at:<'" + hour.plus(Duration.ofHours(1)) + "'");
        }
        double raw = listed / ((System.nanoTime() - started) / 1e9);
        double ceiling = ceiling(listed, (int) Duration.between(from, to).toHours(), bucket);
        print.accept(String.format(
                Locale.ROOT,
                "raw paced listing: %d orders at %.1f orders/s; bucket %.0f points, %.0f/s: ceiling %.1f orders/s",
                listed,
                raw,
                bucket.maximum(),
                bucket.restoreRate(),
                ceiling));

        admin.awaitFull();
        JsonNode run = reconcile(from, to);
        Instant startedAt = Instant.parse(run.path("startedAt").asString());
        Instant finishedAt = Instant.parse(run.path("finishedAt").asString());
        JsonNode findings = run.path("findings");
        int sourceOrders = findings.path("sourceOrders").asInt();
        double seconds = Duration.between(startedAt, finishedAt).toMillis() / 1000.0;
        double perSecond = sourceOrders / seconds;
        print.accept(String.format(
                Locale.ROOT,
                "reconciliation %s: %s, %d source orders in %.1f s = %.1f orders/s, %d hours proven, %d requeued",
                run.path("id").asString(),
                run.path("state").asString(),
                sourceOrders,
                seconds,
                perSecond,
                findings.path("hoursProven").asInt(),
                findings.path("requeued").asInt()));
        return new Run(
                perSecond,
                ceiling,
                raw,
                sourceOrders,
                findings.path("hoursProven").asInt(),
                findings.path("requeued").asInt());
    }

    /**
     * Orders a second the bucket allows for listing {@code orders} over {@code hours} hourly windows: every page
     * costs 2 plus its orders; a full bucket pays the first points at once, the rest come at the restore rate.
     */
    static double ceiling(int orders, int hours, PacedAdminApi.Bucket bucket) {
        int pages = Math.max(hours, (orders + PAGE - 1) / PAGE + hours - 1);
        double points = orders + 2.0 * pages;
        double seconds = Math.max(0, points - bucket.maximum()) / bucket.restoreRate();
        // Fewer points than the bucket holds: the bucket sets no ceiling over this run, only the steady state does.
        return seconds > 0 ? orders / seconds : bucket.restoreRate() * PAGE / (PAGE + 2.0);
    }

    private JsonNode awaitCreated(String batch) throws InterruptedException {
        URI uri = topology.simulator().resolve("/simulator/store/orders?batch=" + batch);
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode answer = http.get(uri);
            if (answer.path("finished").asBoolean(false)) {
                return answer;
            }
            Thread.sleep(POLL);
        }
        throw new IllegalStateException("the store did not finish creating batch " + batch + " within 10 minutes");
    }

    private void awaitDelivered(Set<String> ids) throws InterruptedException {
        DestinationEvents events = new DestinationEvents(topology.simulator(), topology.shop());
        long deadline = System.nanoTime()
                + Duration.ofSeconds(Math.max(300, ids.size() / 10)).toNanos();
        int lowest = 0;
        while (System.nanoTime() < deadline) {
            lowest = Integer.MAX_VALUE;
            for (String kind : DestinationEvents.KINDS) {
                lowest = Math.min(lowest, events.firstArrivals(kind, ids).size());
            }
            if (lowest == ids.size()) {
                return;
            }
            Thread.sleep(POLL);
        }
        print.accept("reconciliation: only " + lowest + " of " + ids.size()
                + " orders reached every destination in time; the run repairs the rest");
    }

    private JsonNode reconcile(Instant from, Instant to) throws InterruptedException {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("shop", topology.shop());
        request.put("from", from.toString());
        request.put("to", to.toString());
        JsonNode queued = http.post(topology.api().resolve("/api/reconciliations"), request, OPS_USER, OPS_PASSWORD);
        URI uri = topology.api()
                .resolve("/api/reconciliations/" + queued.path("id").asString());
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode run = http.get(uri, OPS_USER, OPS_PASSWORD);
            String state = run.path("state").asString();
            if ("DONE".equals(state)) {
                return run;
            }
            if ("FAILED".equals(state)) {
                throw new IllegalStateException(
                        "reconciliation " + run.path("id").asString() + " failed: "
                                + run.path("error").asString());
            }
            Thread.sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("reconciliation did not finish within 30 minutes");
    }
}
