package dev.orderrelay.shopify.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CostBucketTests {

    private static final Instant T0 = Instant.parse("2026-11-24T12:00:00Z");

    private final CostBucket bucket = new CostBucket();

    @Test
    void doesNotWaitBeforeShopifyHasSaidAnything() {
        assertThat(bucket.reserve(1000, T0)).isZero();
    }

    @Test
    void waitsForTheMissingPointsAtTheRestoreRate() {
        bucket.observe(2000, 100, 100, T0);

        assertThat(bucket.reserve(752, T0)).isEqualTo(Duration.ofMillis(6520));
    }

    @Test
    void restoresPointsWithTimeUpToTheMaximum() {
        bucket.observe(1000, 0, 50, T0);

        assertThat(bucket.levelAt(T0.plusSeconds(4))).isEqualTo(200);
        assertThat(bucket.levelAt(T0.plusSeconds(60))).isEqualTo(1000);
    }

    @Test
    void queuesTheNextRequestBehindOneAlreadyReserved() {
        bucket.observe(2000, 500, 100, T0);

        assertThat(bucket.reserve(400, T0)).isZero();
        assertThat(bucket.reserve(400, T0)).isEqualTo(Duration.ofSeconds(3)); // 100 left: 300 short
        assertThat(bucket.reserve(100, T0.plusSeconds(3))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void waitsForAFullBucketAtMostWhenTheCostExceedsIt() {
        bucket.observe(1000, 0, 100, T0);

        assertThat(bucket.reserve(5000, T0)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void takesNothingFromTheBucketForARequestThatWouldWaitLongerThanItsCallerAllows() {
        bucket.observe(1000, 100, 50, T0);

        assertThat(bucket.reserve(400, T0, Duration.ofSeconds(2)))
                .as("6 s short of points")
                .isEmpty();
        assertThat(bucket.reserve(100, T0, Duration.ofSeconds(2)))
                .as("the refused request took no points")
                .contains(Duration.ZERO);
        assertThat(bucket.reserve(50, T0, Duration.ofSeconds(2))).contains(Duration.ofSeconds(1));
    }
}
