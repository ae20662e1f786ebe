package dev.orderrelay.devstack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SimulatedStoreSettingsTests {

    private static final URI URL = URI.create("http://127.0.0.1:8080/webhooks/shopify");

    @Test
    void defaultsFollowShopify() {
        SimulatedStoreSettings settings = SimulatedStoreSettings.defaults(URL);

        assertThat(settings.shopDomain()).isEqualTo("demo.myshopify.com");
        assertThat(settings.apiVersion()).isEqualTo("2026-10");
        assertThat(settings.maxRetries()).isEqualTo(8);
        assertThat(settings.removalThreshold()).isEqualTo(8);
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.responseTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.webhookLossRate()).isZero();
        assertThat(settings.adminApiPort()).isZero();
        assertThat(settings.adminApiBucketSize()).isEqualTo(2000);
        assertThat(settings.adminApiRestoreRate()).isEqualTo(100);
        assertThat(settings.adminApiThrottleStatus()).isEqualTo(200);
        assertThat(settings.adminApiMaxQueryCost()).isEqualTo(1000);
        assertThat(settings.eventBridgeShare()).isZero();
    }

    @Test
    void builderChangesOnlyWhatItIsTold() {
        SimulatedStoreSettings defaults = SimulatedStoreSettings.defaults(URL);

        SimulatedStoreSettings changed =
                defaults.toBuilder().duplicateRate(1.0).seed(7).build();

        assertThat(changed.duplicateRate()).isEqualTo(1.0);
        assertThat(changed.seed()).isEqualTo(7);
        assertThat(changed.toBuilder()
                        .duplicateRate(defaults.duplicateRate())
                        .seed(defaults.seed())
                        .build())
                .isEqualTo(defaults);
    }

    @Test
    void acceptsARateOfZeroForOnDemandOrdersOnly() {
        assertThat(SimulatedStoreSettings.defaults(URL).toBuilder()
                        .ordersPerMinute(0)
                        .build()
                        .ordersPerMinute())
                .isZero();
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                bad("shopDomain", b -> b.shopDomain(" ")),
                bad("webhookUrl", b -> b.webhookUrl(URI.create("ftp://127.0.0.1/x"))),
                bad("ordersPerMinute", b -> b.ordersPerMinute(-1)),
                bad("ordersPerMinute", b -> b.ordersPerMinute(Double.NaN)),
                bad("paidDelay", b -> b.paidDelay(Duration.ofMillis(-1))),
                bad("duplicateRate", b -> b.duplicateRate(1.5)),
                bad("largeOrderRate", b -> b.largeOrderRate(-0.1)),
                bad("apiVersion", b -> b.apiVersion("")),
                bad("retryBaseDelay", b -> b.retryBaseDelay(Duration.ZERO)),
                bad("maxRetries", b -> b.maxRetries(-1)),
                bad("maxRetries", b -> b.maxRetries(21)),
                bad("removalThreshold", b -> b.removalThreshold(0)),
                bad("connectTimeout", b -> b.connectTimeout(null)),
                bad("responseTimeout", b -> b.responseTimeout(Duration.ZERO)),
                bad("webhookLossRate", b -> b.webhookLossRate(1.01)),
                bad("adminApiPort", b -> b.adminApiPort(65_536)),
                bad("adminApiBucketSize", b -> b.adminApiBucketSize(0)),
                bad("adminApiRestoreRate", b -> b.adminApiRestoreRate(Double.POSITIVE_INFINITY)),
                bad("adminApiThrottleStatus", b -> b.adminApiThrottleStatus(503)),
                bad("adminApiMaxQueryCost", b -> b.adminApiMaxQueryCost(0)),
                bad("eventBridgeShare", b -> b.eventBridgeShare(1.5)));
    }

    private static Arguments bad(String field, UnaryOperator<SimulatedStoreSettingsBuilder> change) {
        return Arguments.of(field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void rejectsABadValueNamingTheField(String field, UnaryOperator<SimulatedStoreSettingsBuilder> change) {
        SimulatedStoreSettingsBuilder builder = SimulatedStoreSettings.defaults(URL).toBuilder();

        assertThatThrownBy(() -> change.apply(builder).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(field);
    }

    @Test
    void rejectsAMissingWebhookUrlNamingIt() {
        assertThatThrownBy(() -> SimulatedStoreSettings.defaults(null)).hasMessageContaining("webhookUrl");
    }
}
