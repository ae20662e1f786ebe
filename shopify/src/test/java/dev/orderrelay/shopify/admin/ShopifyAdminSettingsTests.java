package dev.orderrelay.shopify.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ShopifyAdminSettingsTests {

    private static final ShopifyAdminSettings DEFAULTS = ShopifyAdminSettings.defaults();

    @Test
    void defaultsToTheDocumentsApiVersionAndBoundedTimeoutsAndRetries() {
        assertThat(DEFAULTS.apiVersion()).isEqualTo("2026-10");
        assertThat(DEFAULTS.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(DEFAULTS.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(DEFAULTS.maxAttempts()).isEqualTo(4);
        assertThat(DEFAULTS.initialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(DEFAULTS.maxBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(DEFAULTS.maxThrottledAttempts()).isEqualTo(10);
        assertThat(DEFAULTS.unknownDocumentCost()).isEqualTo(1000);
    }

    @Test
    void rejectsABadValueNamingTheSetting() {
        assertThatThrownBy(() -> settings("2026-1", Duration.ofSeconds(5), 4, Duration.ofSeconds(1), 1000))
                .hasMessageContaining("apiVersion");
        assertThatThrownBy(() -> settings("2026-10", Duration.ZERO, 4, Duration.ofSeconds(1), 1000))
                .hasMessageContaining("requestTimeout");
        assertThatThrownBy(() -> settings("2026-10", Duration.ofSeconds(5), 0, Duration.ofSeconds(1), 1000))
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> settings("2026-10", Duration.ofSeconds(5), 4, Duration.ofMillis(100), 1000))
                .hasMessageContaining("maxBackoff");
        assertThatThrownBy(() -> settings("2026-10", Duration.ofSeconds(5), 4, Duration.ofSeconds(1), 1001))
                .hasMessageContaining("unknownDocumentCost");
        assertThat(settings("unstable", Duration.ofSeconds(5), 4, Duration.ofSeconds(1), 1000)
                        .apiVersion())
                .isEqualTo("unstable");
    }

    @Test
    void checksTheShopsDomainAndBaseUri() {
        assertThat(ShopifyShop.of("acme.myshopify.com", "ref").graphqlEndpoint("2026-10"))
                .isEqualTo(URI.create("https://acme.myshopify.com/admin/api/2026-10/graphql.json"));
        assertThatThrownBy(() -> ShopifyShop.of("https://acme.myshopify.com", "ref"))
                .hasMessageContaining("lower-case host name");
        assertThatThrownBy(() -> new ShopifyShop("acme.myshopify.com", URI.create("http://127.0.0.1:8080/x"), "ref"))
                .hasMessageContaining("without path");
        assertThatThrownBy(() -> ShopifyShop.of("acme.myshopify.com", " ")).hasMessageContaining("reference");
    }

    @Test
    void neverPrintsAToken() {
        assertThat(ShopifyAccessToken.of("shpat_secret")).hasToString("ShopifyAccessToken[****]");
    }

    private static ShopifyAdminSettings settings(
            String version, Duration requestTimeout, int maxAttempts, Duration maxBackoff, int unknownCost) {
        return new ShopifyAdminSettings(
                version,
                Duration.ofSeconds(5),
                requestTimeout,
                maxAttempts,
                Duration.ofMillis(500),
                maxBackoff,
                10,
                unknownCost,
                Duration.ofHours(1));
    }
}
