package dev.orderrelay.bench.perf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Closed-model maximum throughput: {@code senders} threads each do one call after another for the warm-up and then
 * the measured period; only calls completed inside the measured period count. With enough senders the system under
 * test, not the driver, sets the pace.
 */
final class ClosedLoop {

    /**
     * What a closed loop achieved.
     *
     * @param succeeded units (webhooks, messages) completed in the measured period
     * @param failed calls that failed (or threw) in the measured period
     * @param seconds the measured period
     */
    record Throughput(long succeeded, long failed, double seconds) {
        double perSecond() {
            return succeeded / seconds;
        }
    }

    private ClosedLoop() {}

    static Throughput run(int senders, Duration warmup, Duration measured, Call call) throws InterruptedException {
        AtomicLong sequence = new AtomicLong();
        LongAdder succeeded = new LongAdder();
        LongAdder failed = new LongAdder();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measured.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            threads.add(Thread.ofVirtual().name("closed-sender-" + i).start(() -> {
                while (System.nanoTime() < end) {
                    int units;
                    try {
                        units = call.call(sequence.getAndIncrement());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        units = 0;
                    }
                    long now = System.nanoTime();
                    if (now >= measureFrom && now < end) {
                        if (units > 0) {
                            succeeded.add(units);
                        } else {
                            failed.increment();
                        }
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            // A call stuck past the end is not waited for beyond a bound: the period is over.
            thread.join(Duration.ofSeconds(30));
        }
        return new Throughput(succeeded.sum(), failed.sum(), measured.toNanos() / 1e9);
    }
}
