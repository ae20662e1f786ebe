package dev.orderrelay.worker.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.destinations.DestinationKind;
import io.awspring.cloud.sqs.listener.backpressure.BatchAwareBackPressureHandler;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollingGateTests {

    private final DestinationGuards guards = new DestinationGuards(new IsolationProperties(
            new IsolationProperties.Endpoint(50, 2, 2, Duration.ofMillis(300), 1, 8, 0),
            IsolationProperties.defaults().target(),
            Duration.ofSeconds(2)));
    private final CountingHandler delegate = new CountingHandler();
    private final PollingGate gate =
            new PollingGate(delegate, guards.endpoint(DestinationKind.GA4), Duration.ofMillis(50));

    @Test
    void pollsAsUsualWhileTheEndpointIsHealthy() throws InterruptedException {
        assertThat(gate.requestBatch()).isEqualTo(10);
        assertThat(delegate.requests).hasValue(1);
    }

    @Test
    void stopsPollingWhileTheEndpointsBreakerIsOpenAndResumesWhenItLetsTrialsThrough() throws InterruptedException {
        Guard endpoint = guards.endpoint(DestinationKind.GA4);
        for (int i = 0; i < 2; i++) {
            endpoint.tryEnter(1);
            endpoint.leave(CallResult.FAILED, Duration.ofMillis(1));
        }

        assertThat(gate.requestBatch()).isZero();
        assertThat(delegate.requests).hasValue(0);

        // The breaker goes half open by itself after its open time; the gate then polls again.
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int permits = 0;
        while (permits == 0 && System.nanoTime() < deadline) {
            permits = gate.requestBatch();
        }
        assertThat(permits).isEqualTo(10);
        assertThat(delegate.requests).hasValue(1);
    }

    private static final class CountingHandler implements BatchAwareBackPressureHandler {
        final AtomicInteger requests = new AtomicInteger();

        @Override
        public int requestBatch() {
            requests.incrementAndGet();
            return 10;
        }

        @Override
        public int request(int amount) {
            requests.incrementAndGet();
            return amount;
        }

        @Override
        public void release(int amount) {}

        @Override
        public boolean drain(Duration timeout) {
            return true;
        }
    }
}
