package dev.orderrelay.destinations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryOutcomeTests {

    @Test
    void retriesOnTheWorkersBackOffOrNoSoonerThanAskedFor() {
        assertThat(RetryLater.withBackOff("peer down").delay()).isEmpty();
        assertThat(RetryLater.after(Duration.ofSeconds(30), "rate-limited").delay())
                .contains(Duration.ofSeconds(30));
    }

    @Test
    void refusesANegativeDelayOrDuration() {
        assertThatThrownBy(() -> RetryLater.after(Duration.ofSeconds(-1), "x")).hasMessageContaining("delay");
        assertThatThrownBy(() -> new Delivered(200, Duration.ofMillis(-1))).hasMessageContaining("took");
    }

    @Test
    void requiresAReasonForEveryFailure() {
        assertThatThrownBy(() -> new RetryLater(Optional.empty(), " ", FailureScope.TARGET))
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> new Rejected(null)).hasMessageContaining("reason");
    }

    @Test
    void letsTheWorkerMapEveryOutcomeInOneExhaustiveSwitch() {
        DeliveryOutcome[] outcomes = {
            new Delivered(200, Duration.ZERO), RetryLater.withBackOff("later"), new Rejected("never")
        };

        for (DeliveryOutcome outcome : outcomes) {
            String action = switch (outcome) {
                case Delivered delivered -> "ack";
                case RetryLater retry -> "change visibility";
                case Rejected rejected -> "park";
            };
            assertThat(action).isNotBlank();
        }
    }
}
