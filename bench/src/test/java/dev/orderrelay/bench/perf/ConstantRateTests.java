package dev.orderrelay.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConstantRateTests {

    @Test
    void aStallShowsInEveryRequestThatWasDueDuringIt() throws Exception {
        // 1,000 requests a second, one at a time; request 200 stalls for 300 ms. The ~300 requests due meanwhile
        // could not be sent: measured from their intended times they waited, as users arriving then would have.
        AtomicBoolean stalled = new AtomicBoolean();
        ConstantRate.Latency latency = ConstantRate.run(1000, Duration.ZERO, Duration.ofSeconds(1), 1, sequence -> {
            if (sequence == 200 && stalled.compareAndSet(false, true)) {
                // The stimulus, not a wait: the simulated server's 300 ms stall the correction must see.
                Thread.sleep(300);
            }
            return 1;
        });

        long over50ms = latency.latencyMicros()
                .getCountBetweenValues(TimeUnit.MILLISECONDS.toMicros(50), ConstantRate.HIGHEST_MICROS);
        assertThat(over50ms).isGreaterThan(150);
        assertThat(latency.latencyMicros().getMaxValue()).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toMicros(290));
        assertThat(latency.percentileMillis(99)).isGreaterThan(200);
        assertThat(latency.succeeded()).isBetween(900L, 1001L);
    }

    @Test
    void aSteadyServerAtTheRateShowsItsOwnLatencyOnly() throws Exception {
        ConstantRate.Latency latency =
                ConstantRate.run(500, Duration.ofMillis(200), Duration.ofSeconds(1), 64, sequence -> {
                    // The simulated server's own service time (the stimulus, not a wait for a condition).
                    Thread.sleep(2);
                    return 1;
                });

        assertThat(latency.percentileMillis(50)).isBetween(1.5, 50.0);
        assertThat(latency.succeeded()).isBetween(450L, 501L);
        assertThat(latency.failed()).isZero();
    }

    @Test
    void countsFailedCallsApartFromLatency() throws Exception {
        ConstantRate.Latency latency =
                ConstantRate.run(200, Duration.ZERO, Duration.ofMillis(500), 16, sequence -> sequence % 2 == 0 ? 1 : 0);

        assertThat(latency.failed()).isBetween(40L, 60L);
        assertThat(latency.succeeded()).isBetween(40L, 60L);
    }
}
