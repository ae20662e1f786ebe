package dev.orderrelay.ledger.activity;

import java.time.Instant;

/**
 * One series' figure for one UTC minute.
 *
 * @param minute the start of the minute
 * @param subject the shop, destination kind or queue the series is about
 * @param value a count, or for {@link ActivityMetric#QUEUE_AGE} the largest age in milliseconds
 */
public record ActivityPoint(Instant minute, ActivityMetric metric, String subject, long value) {}
