package dev.orderrelay.ledger.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.ledger.TestLedger;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActivityLogIntegrationTests {

    private static final TestLedger LEDGER = TestLedger.create();

    private final ActivityLog log = new ActivityLog(LEDGER.dynamoDb(), LEDGER.tables());
    private final String shop = "t-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";

    @Test
    void addsUpFlushesOfTheSameSeriesAndMinute() {
        Instant at = Instant.parse("2026-11-24T10:15:07Z");
        log.add(at, ActivityMetric.PROCESSED, shop, 3);
        log.add(at.plusSeconds(30), ActivityMetric.PROCESSED, shop, 4);
        log.add(at, ActivityMetric.RECEIVED, shop, 9);

        assertThat(mine(log.between(at.minusSeconds(3600), at)))
                .containsExactlyInAnyOrder(
                        new ActivityPoint(Instant.parse("2026-11-24T10:15:00Z"), ActivityMetric.PROCESSED, shop, 7),
                        new ActivityPoint(Instant.parse("2026-11-24T10:15:00Z"), ActivityMetric.RECEIVED, shop, 9));
    }

    @Test
    void readsTheLastHourAcrossTheHourBoundaryAndNothingOlder() {
        log.add(Instant.parse("2026-11-25T08:59:59Z"), ActivityMetric.PROCESSED, shop, 1);
        log.add(Instant.parse("2026-11-25T09:05:00Z"), ActivityMetric.PROCESSED, shop, 2);
        log.add(Instant.parse("2026-11-25T09:58:00Z"), ActivityMetric.PROCESSED, shop, 3);
        log.add(Instant.parse("2026-11-25T09:59:10Z"), ActivityMetric.PROCESSED, shop, 4);
        log.add(Instant.parse("2026-11-25T10:00:00Z"), ActivityMetric.PROCESSED, shop, 5);

        List<ActivityPoint> hour =
                mine(log.between(Instant.parse("2026-11-25T09:00:00Z"), Instant.parse("2026-11-25T09:59:30Z")));

        assertThat(hour).extracting(ActivityPoint::value).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(mine(log.between(Instant.parse("2026-11-25T08:59:00Z"), Instant.parse("2026-11-25T09:05:00Z"))))
                .extracting(ActivityPoint::value)
                .containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void keepsTheLargestAgeAQueueShowedInAMinute() {
        String queue = "q-" + shop;
        Instant at = Instant.parse("2026-11-26T10:15:00Z");
        log.recordAge(at, queue, 4_000);
        log.recordAge(at.plusSeconds(10), queue, 9_000);
        log.recordAge(at.plusSeconds(20), queue, 2_000);

        assertThat(log.between(at, at).stream()
                        .filter(p -> p.subject().equals(queue))
                        .toList())
                .containsExactly(new ActivityPoint(at, ActivityMetric.QUEUE_AGE, queue, 9_000));
    }

    private List<ActivityPoint> mine(List<ActivityPoint> points) {
        return points.stream().filter(p -> p.subject().equals(shop)).toList();
    }
}
