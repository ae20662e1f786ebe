package dev.orderrelay.worker.delivery;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the worker's Segment sender reaches Segment's HTTP Tracking API. Each shop's destination picks its region with
 * its {@code region} setting; an EU workspace's events sent to the US endpoint are accepted and lost, so both must
 * be right.
 *
 * @param usEndpoint the US endpoint, {@code https://api.segment.io}
 * @param euEndpoint the EU endpoint, {@code https://events.eu1.segmentapis.com}
 * @param connectTimeout time to connect before the attempt is retried later
 * @param responseTimeout time to wait for an answer before the attempt is retried later
 */
@Validated
@ConfigurationProperties("relay.destinations.segment")
public record SegmentSenderProperties(
        @DefaultValue("https://api.segment.io") @NotNull URI usEndpoint,

        @DefaultValue("https://events.eu1.segmentapis.com") @NotNull
        URI euEndpoint,

        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration responseTimeout) {}
