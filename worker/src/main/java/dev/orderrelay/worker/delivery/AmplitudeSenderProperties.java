package dev.orderrelay.worker.delivery;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the worker's Amplitude sender reaches Amplitude's HTTP V2 API ({@code /2/httpapi} under each base URL). Each
 * shop's destination picks its region with its {@code region} setting: projects in Amplitude's EU data centre take
 * events only at the EU endpoint.
 *
 * @param usEndpoint the US endpoint, {@code https://api2.amplitude.com}
 * @param euEndpoint the EU endpoint, {@code https://api.eu.amplitude.com}
 * @param connectTimeout time to connect before the attempt is retried later
 * @param responseTimeout time to wait for an answer before the attempt is retried later
 */
@Validated
@ConfigurationProperties("relay.destinations.amplitude")
public record AmplitudeSenderProperties(
        @DefaultValue("https://api2.amplitude.com") @NotNull URI usEndpoint,

        @DefaultValue("https://api.eu.amplitude.com") @NotNull
        URI euEndpoint,

        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration responseTimeout) {}
