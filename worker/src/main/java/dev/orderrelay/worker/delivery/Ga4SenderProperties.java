package dev.orderrelay.worker.delivery;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the worker's GA4 sender reaches the Measurement Protocol: {@code /mp/collect} and, for shops that validate,
 * {@code /debug/mp/collect} under each base URL. Each shop's destination picks its region with its {@code region}
 * setting.
 *
 * @param endpoint the global base URL, {@code https://www.google-analytics.com}
 * @param euEndpoint the EU base URL, {@code https://region1.google-analytics.com}
 * @param connectTimeout time to connect before the attempt is retried later
 * @param responseTimeout time to wait for an answer before the attempt is retried later
 */
@Validated
@ConfigurationProperties("relay.destinations.ga4")
public record Ga4SenderProperties(
        @DefaultValue("https://www.google-analytics.com") @NotNull
        URI endpoint,

        @DefaultValue("https://region1.google-analytics.com") @NotNull
        URI euEndpoint,

        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration responseTimeout) {}
