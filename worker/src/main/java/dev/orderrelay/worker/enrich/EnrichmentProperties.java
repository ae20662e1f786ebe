package dev.orderrelay.worker.enrich;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How order events are enriched (docs/enrichment.md): attribution from the order body, and product categories and
 * the first-order flag from the shop's Admin API, which may slow or fail without holding up or losing an order.
 *
 * @param enabled whether orders are enriched at all; off, events go out with what the order payload gives
 * @param timeout the longest the Admin API part of one order's enrichment may take, token lookup included; past it
 *     the order goes on without what was not fetched yet
 * @param lookupFirstOrder whether to ask the Admin API where an order stands in its customer's history (one request
 *     per order with a customer) when the order body does not say
 * @param cache the cache of product classifications
 * @param breaker the circuit breaker around each shop's Admin API
 * @param shopify how the Admin API is called
 */
@Validated
@ConfigurationProperties("relay.worker.enrichment")
public record EnrichmentProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2s") Duration timeout,
        @DefaultValue("true") boolean lookupFirstOrder,
        @DefaultValue @Valid Cache cache,
        @DefaultValue @Valid Breaker breaker,
        @DefaultValue @Valid Shopify shopify) {

    public EnrichmentProperties {
        if (timeout == null
                || timeout.compareTo(Duration.ofMillis(100)) < 0
                || timeout.compareTo(Duration.ofSeconds(30)) > 0) {
            throw new IllegalArgumentException(
                    "relay.worker.enrichment.timeout must be from 100ms to 30s, was " + timeout);
        }
    }

    /**
     * The cache of product classifications, per shop and product.
     *
     * @param maxProducts how many products are kept at most, across shops; the least used go first
     * @param timeToLive how long a product's type and category, and an order's first-order flag, are kept: a product
     *     re-categorised in Shopify is seen within this time
     * @param maxOrders how many orders' first-order flags are kept at most, across shops, so a later sighting of the
     *     same order ({@code orders/paid} after {@code orders/create}, updates, requeues) costs no Admin API request
     */
    public record Cache(
            @DefaultValue("10000") @Min(1) @Max(1_000_000) int maxProducts,
            @DefaultValue("6h") Duration timeToLive,
            @DefaultValue("50000") @Min(1) @Max(5_000_000) int maxOrders) {

        public Cache {
            if (timeToLive == null || !timeToLive.isPositive()) {
                throw new IllegalArgumentException(
                        "relay.worker.enrichment.cache.time-to-live must be positive, was " + timeToLive);
            }
        }
    }

    /**
     * The breakers around one shop's Admin API calls, one for product lookups and one for first-order lookups: while
     * one is open, that shop's orders skip that call at once (categories still come from the cache).
     *
     * @param failureRate percentage of failed or timed-out calls, over the last {@code window}, that opens a breaker
     * @param minimumCalls calls needed before the rate counts
     * @param window how many recent calls the rate is taken over
     * @param openFor how long a breaker stays open before letting trial calls through
     * @param halfOpenCalls trial calls after {@code openFor}
     */
    public record Breaker(
            @DefaultValue("50") @Min(1) @Max(100) int failureRate,
            @DefaultValue("5") @Min(1) int minimumCalls,
            @DefaultValue("20") @Min(1) int window,
            @DefaultValue("60s") Duration openFor,
            @DefaultValue("2") @Min(1) int halfOpenCalls) {

        public Breaker {
            if (openFor == null || !openFor.isPositive()) {
                throw new IllegalArgumentException(
                        "relay.worker.enrichment.breaker.open-for must be positive, was " + openFor);
            }
        }
    }

    /**
     * The Admin API client's settings, as the reconciler's {@code relay.reconciler.shopify.*}.
     *
     * @param apiVersion the Admin API version called, {@code YYYY-MM}; the documents are written for 2026-10
     * @param endpoint where every shop's Admin API answers instead of {@code https://{shop}}: the simulated store
     *     locally and in tests; unset in production
     * @param connectTimeout how long a connection to Shopify may take (never longer than {@code timeout})
     */
    public record Shopify(
            @DefaultValue("2026-10") @NotBlank String apiVersion,
            URI endpoint,
            @DefaultValue("1s") Duration connectTimeout) {

        public Shopify {
            if (endpoint != null
                    && (!endpoint.isAbsolute()
                            || endpoint.getHost() == null
                            || !(endpoint.getPath() == null
                                    || endpoint.getPath().isEmpty()))) {
                throw new IllegalArgumentException(
                        "relay.worker.enrichment.shopify.endpoint must be http(s)://host[:port]"
                                + " without a path, was " + endpoint);
            }
            if (connectTimeout == null || !connectTimeout.isPositive()) {
                throw new IllegalArgumentException(
                        "relay.worker.enrichment.shopify.connect-timeout must be positive, was " + connectTimeout);
            }
        }
    }

    /** The defaults, for code that builds the enricher without Spring. */
    public static EnrichmentProperties defaults() {
        return new EnrichmentProperties(
                true,
                Duration.ofSeconds(2),
                true,
                new Cache(10_000, Duration.ofHours(6), 50_000),
                new Breaker(50, 5, 20, Duration.ofSeconds(60), 2),
                new Shopify("2026-10", null, Duration.ofSeconds(1)));
    }
}
