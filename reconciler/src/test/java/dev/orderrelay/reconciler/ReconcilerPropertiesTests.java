package dev.orderrelay.reconciler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ReconcilerPropertiesTests {

    @Test
    void defaultsToHourlyRunsOverSeventyTwoHoursWithATenMinuteSettleDelay() {
        ReconcilerProperties properties = bind(Map.of());

        assertThat(properties.schedule()).isEqualTo("0 5 * * * *");
        assertThat(properties.lookBack()).hasHours(72);
        assertThat(properties.settleDelay()).hasMinutes(10);
        assertThat(properties.requiredTopics())
                .containsExactly("orders/create", "orders/paid", "orders/cancelled", "refunds/create");
        assertThat(properties.shopify().apiVersion()).isEqualTo("2026-10");
        assertThat(properties.shopify().endpoint()).isNull();
    }

    @Test
    void refusesALookBackLongerThanShopifyLetsUsReadNamingTheProperty() {
        assertThatThrownBy(() -> bind(Map.of("relay.reconciler.look-back", "61d")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("relay.reconciler.look-back");
    }

    @Test
    void refusesANegativeSettleDelayAndARelativeWebhookUri() {
        assertThatThrownBy(() -> bind(Map.of("relay.reconciler.settle-delay", "-1m")))
                .rootCause()
                .hasMessageContaining("relay.reconciler.settle-delay");
        assertThatThrownBy(() -> bind(Map.of("relay.reconciler.webhook-uri", "/webhooks/shopify")))
                .rootCause()
                .hasMessageContaining("relay.reconciler.webhook-uri");
    }

    private static ReconcilerProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("relay.reconciler", ReconcilerProperties.class);
    }
}
