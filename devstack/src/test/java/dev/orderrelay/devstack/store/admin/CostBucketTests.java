package dev.orderrelay.devstack.store.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CostBucketTests {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong();
    private final CostBucket bucket = new CostBucket(1000, 50, now::get);

    @Test
    void takesWhatItHoldsAndRefusesMoreWithoutTakingAnything() {
        assertThat(bucket.tryTake(600)).isTrue();
        assertThat(bucket.tryTake(600)).isFalse();

        assertThat(bucket.status().currentlyAvailable()).isEqualTo(400);
        assertThat(bucket.tryTake(400)).isTrue();
        assertThat(bucket.status().currentlyAvailable()).isZero();
        assertThat(bucket.tryTake(1)).isFalse();
        assertThat(bucket.lowest()).isZero();
    }

    @Test
    void refillsAtTheRestoreRateUpToTheMaximum() {
        bucket.tryTake(1000);

        now.addAndGet(2 * SECOND);
        assertThat(bucket.status().currentlyAvailable()).isEqualTo(100);
        assertThat(bucket.secondsUntil(250)).isEqualTo(3);
        now.addAndGet(60 * SECOND);
        assertThat(bucket.status().currentlyAvailable()).isEqualTo(1000);
    }

    @Test
    void givesBackUnusedPointsButNeverAboveTheMaximum() {
        bucket.tryTake(300);
        bucket.giveBack(250);
        assertThat(bucket.status().currentlyAvailable()).isEqualTo(950);

        bucket.giveBack(500);
        assertThat(bucket.status().currentlyAvailable()).isEqualTo(1000);
        assertThat(bucket.lowest()).isEqualTo(700);
    }
}
