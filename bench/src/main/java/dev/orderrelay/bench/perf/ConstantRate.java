package dev.orderrelay.bench.perf;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Open-model latency at a constant rate, corrected for coordinated omission: call {@code i} is due at
 * {@code start + i / rate}, and its latency is measured from that intended time, not from when it was actually sent.
 * A stall anywhere (the server, the network, the driver itself, or the in-flight bound) therefore shows in the
 * latency of every call that should have been sent during it, as users arriving at that rate would have seen it.
 * Each call runs on its own virtual thread; at most {@code maxInFlight} run at once.
 */
final class ConstantRate {

    /** Latencies are recorded in microseconds, up to one minute, to three significant digits. */
    static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(1);

    /**
     * What a constant-rate run saw, for the calls due in the measured period.
     *
     * @param latencyMicros latency of every successful call, from its intended time, in microseconds
     * @param succeeded calls that succeeded
     * @param failed calls that failed or threw
     * @param seconds the measured period
     */
    record Latency(Histogram latencyMicros, long succeeded, long failed, double seconds) {

        double percentileMillis(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }

        double achievedPerSecond() {
            return succeeded / seconds;
        }
    }

    private ConstantRate() {}

    static Latency run(double perSecond, Duration warmup, Duration measured, int maxInFlight, Call call)
            throws InterruptedException {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("rate must be positive, was " + perSecond);
        }
        Recorder recorder = new Recorder(HIGHEST_MICROS, 3);
        LongAdder succeeded = new LongAdder();
        LongAdder failed = new LongAdder();
        Semaphore inFlight = new Semaphore(maxInFlight);
        double intervalNanos = 1e9 / perSecond;
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measured.toNanos();
        for (long i = 0; ; i++) {
            long intended = start + (long) (i * intervalNanos);
            if (intended >= end) {
                break;
            }
            // Parking may return early: park again for what is left. Behind schedule, send at once.
            for (long wait = intended - System.nanoTime(); wait > 0; wait = intended - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            inFlight.acquire();
            long sequence = i;
            boolean counted = intended >= measureFrom;
            Thread.ofVirtual().start(() -> {
                try {
                    boolean ok;
                    try {
                        ok = call.call(sequence) > 0;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        ok = false;
                    } catch (Exception e) {
                        ok = false;
                    }
                    if (counted) {
                        if (ok) {
                            long micros = (System.nanoTime() - intended) / 1000;
                            recorder.recordValue(Math.min(Math.max(micros, 0), HIGHEST_MICROS));
                            succeeded.increment();
                        } else {
                            failed.increment();
                        }
                    }
                } finally {
                    inFlight.release();
                }
            });
        }
        // Wait (bounded) for the last calls, so the slowest ones are counted too.
        if (inFlight.tryAcquire(maxInFlight, 30, TimeUnit.SECONDS)) {
            inFlight.release(maxInFlight);
        }
        return new Latency(recorder.getIntervalHistogram(), succeeded.sum(), failed.sum(), measured.toNanos() / 1e9);
    }
}
