package dev.orderrelay.devstack.store;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the simulated store behaves. The app secret is deliberately not a component: it is passed to
 * {@link SimulatedShopifyStore} separately so this record's {@code toString()} can never print it.
 *
 * @param shopDomain the {@code *.myshopify.com} domain sent in {@code X-Shopify-Shop-Domain}
 * @param webhookUrl where every webhook is posted, e.g. {@code http://127.0.0.1:8080/webhooks/shopify}
 * @param ordersPerMinute how many orders {@link SimulatedShopifyStore#start()} creates per minute, at a fixed rate; 0
 *     means only orders created by calling {@code createOrder}
 * @param paidDelay time between an order's {@code orders/create} and its {@code orders/paid}
 * @param duplicateRate fraction (0..1) of deliveries sent a second time, same webhook id, after the first was acked
 * @param largeOrderRate fraction (0..1) of orders created without a forced {@link OrderShape} whose body exceeds
 *     300 KiB
 * @param apiVersion the version sent in {@code X-Shopify-API-Version}
 * @param retryBaseDelay the first retry's delay; retry n waits {@code base * 2^(n-1)}. Shopify's real schedule (8
 *     retries over about 4 h) corresponds to a base of about a minute; locally it is compressed
 * @param maxRetries retries after the first attempt before a delivery counts as failed (Shopify: 8), at most 20
 * @param removalThreshold consecutive failed deliveries of one topic after which Shopify deletes that subscription
 *     (Shopify: 8); counted per delivery, after its retries, not per attempt
 * @param connectTimeout how long a connection may take before the attempt fails (Shopify: 1 s)
 * @param responseTimeout how long the answer may take before the attempt fails (Shopify: 5 s)
 * @param seed seeds every random choice (order contents, large orders, duplicates, losses) so runs are
 *     reproducible; ids of deliveries stay unique UUIDs
 * @param webhookLossRate fraction (0..1) of webhooks Shopify never sends although subscribed; they count as lost. The
 *     reconciler exists to find the orders behind them
 * @param adminApiPort the port of the Admin GraphQL API on 127.0.0.1; 0 picks a free one
 * @param adminApiBucketSize the cost bucket's {@code maximumAvailable} points (Shopify Standard plan: 2000)
 * @param adminApiRestoreRate points the bucket regains per second (Shopify Standard plan: 100)
 * @param adminApiThrottleStatus the HTTP status of a {@code THROTTLED} answer: 200, as Shopify usually sends, or 429
 * @param adminApiMaxQueryCost the requested cost above which a query is refused with {@code MAX_COST_EXCEEDED}
 *     (Shopify: 1000)
 * @param eventBridgeShare fraction (0..1) of deliveries put on EventBridge instead of posted to their topic's HTTPS
 *     subscription, as if the app subscribed that share by its EventBridge source ARN; needs a store built with a
 *     {@link SimulatedEventBridge}. A subscription whose address is the source's ARN sends every delivery of its topic
 *     that way, whatever the share
 */
public record SimulatedStoreSettings(
        String shopDomain,
        URI webhookUrl,
        double ordersPerMinute,
        Duration paidDelay,
        double duplicateRate,
        double largeOrderRate,
        String apiVersion,
        Duration retryBaseDelay,
        int maxRetries,
        int removalThreshold,
        Duration connectTimeout,
        Duration responseTimeout,
        long seed,
        double webhookLossRate,
        int adminApiPort,
        double adminApiBucketSize,
        double adminApiRestoreRate,
        int adminApiThrottleStatus,
        int adminApiMaxQueryCost,
        double eventBridgeShare) {

    public SimulatedStoreSettings {
        requireText(shopDomain, "shopDomain");
        Objects.requireNonNull(webhookUrl, "webhookUrl must be set");
        if (!"http".equals(webhookUrl.getScheme()) && !"https".equals(webhookUrl.getScheme())) {
            throw new IllegalArgumentException("webhookUrl must be an http(s) URI, was " + webhookUrl);
        }
        if (!Double.isFinite(ordersPerMinute) || ordersPerMinute < 0) {
            throw new IllegalArgumentException("ordersPerMinute must be >= 0 and finite, was " + ordersPerMinute);
        }
        requireNotNegative(paidDelay, "paidDelay");
        requireFraction(duplicateRate, "duplicateRate");
        requireFraction(largeOrderRate, "largeOrderRate");
        requireText(apiVersion, "apiVersion");
        requirePositive(retryBaseDelay, "retryBaseDelay");
        if (maxRetries < 0 || maxRetries > 20) {
            throw new IllegalArgumentException("maxRetries must be between 0 and 20, was " + maxRetries);
        }
        if (removalThreshold < 1) {
            throw new IllegalArgumentException("removalThreshold must be >= 1, was " + removalThreshold);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(responseTimeout, "responseTimeout");
        requireFraction(webhookLossRate, "webhookLossRate");
        if (adminApiPort < 0 || adminApiPort > 65_535) {
            throw new IllegalArgumentException("adminApiPort must be between 0 and 65535, was " + adminApiPort);
        }
        requirePositive(adminApiBucketSize, "adminApiBucketSize");
        requirePositive(adminApiRestoreRate, "adminApiRestoreRate");
        if (adminApiThrottleStatus != 200 && adminApiThrottleStatus != 429) {
            throw new IllegalArgumentException(
                    "adminApiThrottleStatus must be 200 or 429, was " + adminApiThrottleStatus);
        }
        if (adminApiMaxQueryCost < 1) {
            throw new IllegalArgumentException("adminApiMaxQueryCost must be >= 1, was " + adminApiMaxQueryCost);
        }
        requireFraction(eventBridgeShare, "eventBridgeShare");
    }

    /**
     * Shopify's own numbers where it has them (Standard plan bucket), a compressed retry schedule, a gentle order
     * rate, no lost webhooks, the Admin API on a free port, and every delivery over HTTPS.
     */
    public static SimulatedStoreSettings defaults(URI webhookUrl) {
        return new SimulatedStoreSettings(
                "demo.myshopify.com",
                webhookUrl,
                6,
                Duration.ofSeconds(2),
                0.02,
                0.02,
                "2026-10",
                Duration.ofSeconds(1),
                8,
                8,
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                42L,
                0,
                0,
                2000,
                100,
                200,
                1000,
                0);
    }

    /** A builder starting from these settings, to change a few of them. */
    public SimulatedStoreSettingsBuilder toBuilder() {
        return new SimulatedStoreSettingsBuilder(this);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    private static void requireFraction(double value, String field) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(field + " must be between 0 and 1, was " + value);
        }
    }

    private static void requirePositive(double value, String field) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException(field + " must be positive and finite, was " + value);
        }
    }

    private static void requireNotNegative(Duration value, String field) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(field + " must be zero or positive, was " + value);
        }
    }

    private static void requirePositive(Duration value, String field) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, was " + value);
        }
    }
}
