package dev.orderrelay.shopify.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTests {

    @Test
    void doublesTheBackOffUpToTheMaximumWithHalfOfItJittered() {
        RetryPolicy lowest = new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(3), () -> 0.0);
        RetryPolicy highest = new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(3), () -> 0.999_999);

        assertThat(lowest.backoff(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(highest.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(lowest.backoff(3)).isEqualTo(Duration.ofMillis(1000));
        assertThat(highest.backoff(3)).isEqualTo(Duration.ofMillis(2000));
        assertThat(highest.backoff(10)).isEqualTo(Duration.ofSeconds(3));
        assertThat(highest.backoff(1_000)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void followsRetryAfterButNoFurtherThanTheMaximum() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(3), () -> 0.5);

        assertThat(policy.backoff(1, Optional.of(Duration.ofSeconds(2)))).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(1, Optional.of(Duration.ofSeconds(60)))).isEqualTo(Duration.ofSeconds(3));
    }
}
