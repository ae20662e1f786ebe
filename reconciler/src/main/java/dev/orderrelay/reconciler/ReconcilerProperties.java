package dev.orderrelay.reconciler;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How the reconciler runs (docs/reconciliation.md, docs/configuration.md).
 *
 * @param enabled whether this process runs the schedule and picks up requested runs; off where a process only
 *     embeds the reconciler's beans
 * @param schedule when scheduled runs start, a Spring cron expression in UTC; hourly at five past by default, every
 *     minute in the local profile
 * @param lookBack how far back each scheduled run looks: Shopify's last webhook retry plus margin (72 h)
 * @param settleDelay orders younger than this are not counted yet: they may still be on their way (10 min)
 * @param stalledAfter an eligible order whose purchase is still not delivered this long after anything last
 *     happened to it is sent back through the pipeline (30 min)
 * @param pollInterval how often requested runs ({@code POST /api/reconciliations}) are looked for
 * @param lockAtMostFor how long a crashed reconciler's lock holds before another may run
 * @param ingestQueue the queue repaired orders go to, as the worker reads them
 * @param bodiesBucket where an order too large to travel inline is stored (the claim check)
 * @param inlineLimit the largest envelope sent inline, as for the receiver
 * @param webhookUri where the shops' webhook subscriptions must deliver (the receiver's public URL, or an
 *     EventBridge source ARN); missing subscriptions are created for it
 * @param requiredTopics the topics every shop must be subscribed to
 * @param shopify how the Shopify GraphQL Admin API is called
 */
@Validated
@ConfigurationProperties("relay.reconciler")
public record ReconcilerProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0 5 * * * *") @NotBlank String schedule,
        @DefaultValue("72h") Duration lookBack,
        @DefaultValue("10m") Duration settleDelay,
        @DefaultValue("30m") Duration stalledAfter,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("50m") Duration lockAtMostFor,
        @DefaultValue("order-relay-ingest") @NotBlank String ingestQueue,
        @DefaultValue("order-relay-bodies") @NotBlank String bodiesBucket,
        @DefaultValue("200KB") DataSize inlineLimit,
        URI webhookUri,

        @DefaultValue({"orders/create", "orders/paid", "orders/cancelled", "refunds/create"}) @NotEmpty
        List<String> requiredTopics,

        @Valid @DefaultValue Shopify shopify) {

    /**
     * The Shopify GraphQL Admin API client's settings.
     *
     * @param apiVersion the Admin API version called, {@code YYYY-MM}; the documents are written for 2026-10
     * @param endpoint where every shop's Admin API answers instead of {@code https://{shop}}: the simulated store
     *     locally and in tests; unset in production
     * @param connectTimeout how long a connection to Shopify may take
     * @param requestTimeout how long one request may take, answer included
     * @param maxAttempts attempts per request on 5xx, connection failures and timeouts, the first included
     * @param maxThrottledAttempts attempts per request while Shopify answers THROTTLED, each after the wait the
     *     cost bucket needs
     */
    public record Shopify(
            @DefaultValue("2026-10") @NotBlank String apiVersion,
            URI endpoint,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("30s") Duration requestTimeout,
            @DefaultValue("4") @Min(1) @Max(10) int maxAttempts,
            @DefaultValue("10") @Min(1) @Max(100) int maxThrottledAttempts) {}

    public ReconcilerProperties {
        requirePositive(lookBack, "look-back");
        requireNotNegative(settleDelay, "settle-delay");
        requirePositive(stalledAfter, "stalled-after");
        requirePositive(pollInterval, "poll-interval");
        requirePositive(lockAtMostFor, "lock-at-most-for");
        if (lookBack.compareTo(Duration.ofDays(60)) > 0) {
            throw new IllegalArgumentException("relay.reconciler.look-back must be at most 60 days (Shopify lists"
                    + " older orders only with read_all_orders), got " + lookBack);
        }
        if (inlineLimit == null || inlineLimit.toBytes() < 1024 || inlineLimit.toKilobytes() > 250) {
            throw new IllegalArgumentException(
                    "relay.reconciler.inline-limit must be between 1KB and 250KB, got " + inlineLimit);
        }
        if (webhookUri != null && !webhookUri.isAbsolute()) {
            throw new IllegalArgumentException(
                    "relay.reconciler.webhook-uri must be an absolute URL or ARN, got " + webhookUri);
        }
        requiredTopics = List.copyOf(requiredTopics);
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("relay.reconciler." + name + " must be positive, got " + value);
        }
    }

    private static void requireNotNegative(Duration value, String name) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("relay.reconciler." + name + " must not be negative, got " + value);
        }
    }
}
