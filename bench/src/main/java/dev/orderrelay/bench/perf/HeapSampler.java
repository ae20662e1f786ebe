package dev.orderrelay.bench.perf;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Polls a role's {@code /actuator/prometheus} while load runs and keeps the highest heap in use seen: the sum of
 * {@code jvm_memory_used_bytes{area="heap"}} over the heap's pools at one scrape.
 */
final class HeapSampler implements AutoCloseable {

    /**
     * A scrape renders every meter as text: at 500 ms it was a tenth of the receiver's CPU samples and most of its
     * allocations in the profile, so the sampler would have weighed on what it measures.
     */
    private static final Duration EVERY = Duration.ofSeconds(2);

    private final URI prometheus;
    private final JsonHttp http = new JsonHttp();
    private final AtomicLong peak = new AtomicLong(-1);
    private final Thread thread;

    HeapSampler(URI roleBase) {
        this.prometheus = roleBase.resolve("/actuator/prometheus");
        this.thread = Thread.ofVirtual().name("heap-sampler").start(this::poll);
    }

    private void poll() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                long heap = heapInUse(http.text(prometheus));
                peak.accumulateAndGet(heap, Math::max);
            } catch (RuntimeException e) {
                // A scrape lost under load is just a missing sample.
            }
            try {
                Thread.sleep(EVERY);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The heap in use in one Prometheus scrape, in bytes. */
    static long heapInUse(String scrape) {
        long sum = 0;
        for (String line : scrape.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** The highest heap in use seen so far, in MiB; NaN when no scrape succeeded. */
    double peakMib() {
        long bytes = peak.get();
        return bytes < 0 ? Double.NaN : bytes / (1024.0 * 1024.0);
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
