package dev.orderrelay.worker.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EnrichmentPropertiesTests {

    @Test
    void refusesATimeoutThatWouldHoldOrdersOrNeverLetShopifyAnswer() {
        EnrichmentProperties defaults = EnrichmentProperties.defaults();

        assertThatThrownBy(() -> withTimeout(defaults, Duration.ofMinutes(1)))
                .hasMessageContaining("relay.worker.enrichment.timeout");
        assertThatThrownBy(() -> withTimeout(defaults, Duration.ofMillis(10)))
                .hasMessageContaining("relay.worker.enrichment.timeout");
    }

    @Test
    void refusesAnEndpointWithAPathAndANonPositiveTimeToLive() {
        assertThatThrownBy(() -> new EnrichmentProperties.Shopify(
                        "2026-10", URI.create("http://127.0.0.1:9097/admin"), Duration.ofSeconds(1)))
                .hasMessageContaining("relay.worker.enrichment.shopify.endpoint");
        assertThatThrownBy(() -> new EnrichmentProperties.Cache(10, Duration.ZERO, 10))
                .hasMessageContaining("relay.worker.enrichment.cache.time-to-live");
    }

    @Test
    void theAdminClientMakesOneAttemptWithinTheTimeout() {
        EnrichmentProperties properties = withTimeout(EnrichmentProperties.defaults(), Duration.ofMillis(500));

        var settings = EnrichmentConfiguration.adminSettings(properties);

        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.maxAttempts()).isEqualTo(1);
        assertThat(settings.maxThrottledAttempts()).isEqualTo(1);
    }

    private static EnrichmentProperties withTimeout(EnrichmentProperties base, Duration timeout) {
        return new EnrichmentProperties(
                base.enabled(), timeout, base.lookupFirstOrder(), base.cache(), base.breaker(), base.shopify());
    }
}
