package dev.orderrelay.worker.delivery;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the worker's signed-webhook sender reaches merchants' endpoints.
 *
 * @param connectTimeout time to connect before the attempt is retried later
 * @param responseTimeout time to wait for an answer before the attempt is retried later
 * @param allowedTargets exceptions to the refusal of internal addresses (host names, IPs, CIDRs); empty in
 *     production, {@code 127.0.0.1} in the local run
 */
@ConfigurationProperties("relay.destinations.webhook")
public record WebhookSenderProperties(
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration responseTimeout,
        @DefaultValue Set<String> allowedTargets) {}
