package dev.orderrelay.worker.enrich;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.orderrelay.shopify.admin.ShopifyAdminClients;
import dev.orderrelay.shopify.admin.ShopifyAdminSettings;
import dev.orderrelay.worker.credentials.CredentialSource;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link OrderEnricher}, with its product cache's hits and misses ({@code cache.gets{cache=relay.enrichment.products}})
 * and each shop's Admin API breaker state ({@code resilience4j.circuitbreaker.state}) published as metrics.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EnrichmentProperties.class)
class EnrichmentConfiguration {

    static final String CACHE_NAME = "relay.enrichment.products";

    @Bean(destroyMethod = "close")
    OrderEnricher orderEnricher(
            EnrichmentProperties properties, CredentialSource credentials, ObjectProvider<MeterRegistry> meters) {
        MeterRegistry registry = meters.getIfAvailable();
        return build(properties, credentials, registry, Ticker.systemTicker());
    }

    /** The enricher these settings describe, reading tokens from {@code credentials}; also for tests. */
    static OrderEnricher build(
            EnrichmentProperties properties, CredentialSource credentials, MeterRegistry registry, Ticker ticker) {
        ProductCache cache = new ProductCache(properties.cache(), ticker);
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(breakerConfig(properties.breaker()));
        if (registry != null) {
            CaffeineCacheMetrics.monitor(registry, cache.caffeine(), CACHE_NAME);
            TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(registry);
        }
        ShopifyAdminClients clients =
                new ShopifyAdminClients(adminSettings(properties), new CredentialAccessTokens(credentials));
        AdminLookup admin = new AdminLookup(
                clients,
                cache,
                new FirstOrderFlags(properties.cache(), ticker),
                breakers,
                properties.timeout(),
                properties.shopify().endpoint());
        return new OrderEnricher(properties, cache, admin, registry);
    }

    /**
     * One attempt per request (the timeout bounds the whole lookup, and a retry would only eat into it), a request
     * timeout of twice the lookup's (the lookup's own timeout fires first and interrupts the request; this one only
     * bounds a request nobody waits for any more), and a modest cost assumed for a document's first run so the cost
     * bucket does not make it wait for points it will not use.
     */
    static ShopifyAdminSettings adminSettings(EnrichmentProperties properties) {
        ShopifyAdminSettings defaults = ShopifyAdminSettings.defaults();
        Duration timeout = properties.timeout();
        Duration connect = properties.shopify().connectTimeout().compareTo(timeout) < 0
                ? properties.shopify().connectTimeout()
                : timeout;
        return new ShopifyAdminSettings(
                properties.shopify().apiVersion(),
                connect,
                timeout.multipliedBy(2),
                1,
                defaults.initialBackoff(),
                defaults.maxBackoff(),
                1,
                250,
                // Half the deadline at most in the shop's cost bucket: in a burst, orders past the shop's Admin API
                // budget go on at once without what the lookup would add, instead of each waiting out the timeout.
                timeout.dividedBy(2));
    }

    private static CircuitBreakerConfig breakerConfig(EnrichmentProperties.Breaker settings) {
        return CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRate())
                .minimumNumberOfCalls(settings.minimumCalls())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(Math.max(settings.window(), settings.minimumCalls()))
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
                .build();
    }
}
