package dev.orderrelay.worker.activity;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the worker reports live activity and breaker states for the console's overview.
 *
 * @param enabled whether to report at all; off leaves the overview's charts and breaker list empty for this worker
 * @param flushInterval how often counts and queue ages go to the ledger (one write per series that changed); the
 *     overview refreshes about this often, and a crashed worker loses at most this much of its counts
 * @param breakerInterval how often this worker rewrites the rows of its breakers that are not closed and its count of
 *     closed ones (transitions are written at once)
 * @param breakerTtl how long a breaker row lives unless rewritten: a worker that stops reporting drops off the
 *     overview after this; at least twice {@code breakerInterval}, so one late report does not blank it
 * @param instanceId how this worker names itself on the overview; unset: host name and process id
 */
@Validated
@ConfigurationProperties("relay.worker.activity")
public record ActivityProperties(
        @DefaultValue("true") boolean enabled,

        @DefaultValue("10s") @NotNull @DurationMin(seconds = 1) @DurationMax(minutes = 5)
        Duration flushInterval,

        @DefaultValue("30s") @NotNull @DurationMin(seconds = 1) @DurationMax(minutes = 10)
        Duration breakerInterval,

        @DefaultValue("2m") @NotNull @DurationMin(seconds = 2) @DurationMax(hours = 1)
        Duration breakerTtl,

        String instanceId) {

    public ActivityProperties {
        if (breakerTtl != null
                && breakerInterval != null
                && breakerTtl.compareTo(breakerInterval.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("relay.worker.activity.breaker-ttl (" + breakerTtl
                    + ") must be at least twice relay.worker.activity.breaker-interval (" + breakerInterval + ")");
        }
    }
}
