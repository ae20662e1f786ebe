package dev.orderrelay.reconciler.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.store.AdminAccessToken;
import dev.orderrelay.devstack.store.AppSecret;
import dev.orderrelay.devstack.store.OrderOptions;
import dev.orderrelay.devstack.store.SimulatedShopifyStore;
import dev.orderrelay.devstack.store.SimulatedStoreSettings;
import dev.orderrelay.devstack.store.StoreOrder;
import dev.orderrelay.devstack.store.WebhookTopic;
import dev.orderrelay.shopify.admin.ShopifyAccessToken;
import dev.orderrelay.shopify.admin.ShopifyAdminClients;
import dev.orderrelay.shopify.admin.ShopifyAdminSettings;
import dev.orderrelay.shopify.admin.ShopifyShop;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reconciler's reads through the real Admin API client against the simulated store, whose cost bucket is far
 * smaller than the work: the client paces itself from each answer's throttleStatus, so the store never has to
 * throttle it and the bucket is never overdrawn, and every order is read.
 */
class AdminApiPacingTests {

    private static final String TOKEN = "shpat_test_token";
    private static final String SHOP = "demo.myshopify.com";

    private final SimulatedShopifyStore store = new SimulatedShopifyStore(
            SimulatedStoreSettings.defaults(URI.create("http://127.0.0.1:9/webhooks/shopify")).toBuilder()
                    .ordersPerMinute(0)
                    .adminApiBucketSize(800)
                    .adminApiRestoreRate(1500)
                    .build(),
            AppSecret.of("test-app-secret"),
            AdminAccessToken.of(TOKEN));
    private final ShopifyAdminClients clients =
            new ShopifyAdminClients(ShopifyAdminSettings.defaults(), shop -> ShopifyAccessToken.of(TOKEN));

    @AfterEach
    void stop() {
        clients.close();
        store.close();
    }

    @Test
    void readsAnHourOfOrdersAndEachOrderInFullWithoutEverBeingThrottled() {
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.HOURS);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 260; i++) {
            StoreOrder order = store.createOrder(OrderOptions.builder()
                    .createdAt(hour.plusSeconds(i))
                    .loseWebhooks()
                    .build());
            created.add(Long.toString(order.id()));
        }
        ShopSource source = new AdminApiShopSource(
                clients.forShop(new ShopifyShop(SHOP, store.adminApiUri(), "demo-admin")), "2026-10");

        List<SourceOrder> listed = source.ordersCreated(hour, hour.plus(1, ChronoUnit.HOURS));
        List<String> bodies = new ArrayList<>();
        for (String id : created.subList(0, 12)) {
            bodies.add(source.order(id).orElseThrow());
        }

        assertThat(listed).extracting(SourceOrder::orderId).containsExactlyElementsOf(created);
        assertThat(source.ordersCount(hour, hour.plus(1, ChronoUnit.HOURS))).isEqualTo(260);
        assertThat(bodies).allSatisfy(body -> assertThat(body).contains("\"lineItems\""));
        assertThat(store.adminApiStats().throttled()).as("THROTTLED answers").isZero();
        assertThat(store.adminApiStats().lowestAvailable()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void listsLiveSubscriptionsAndRecreatesADeletedOne() {
        ShopSource source = new AdminApiShopSource(
                clients.forShop(new ShopifyShop(SHOP, store.adminApiUri(), "demo-admin")), "2026-10");
        store.deleteSubscription(WebhookTopic.ORDERS_PAID);
        List<String> required = List.of("orders/create", "orders/paid", "orders/cancelled", "refunds/create");

        assertThat(source.subscribedTopics(required))
                .isEqualTo(Set.of("orders/create", "orders/cancelled", "refunds/create"));
        source.subscribe("orders/paid", "http://127.0.0.1:9/webhooks/shopify");

        assertThat(source.subscribedTopics(required)).containsExactlyInAnyOrderElementsOf(required);
        assertThat(store.isSubscribed(WebhookTopic.ORDERS_PAID)).isTrue();
    }

    @Test
    void namesTheShopWhenItsTokenIsRefused() {
        ShopifyAdminClients wrongToken = new ShopifyAdminClients(
                ShopifyAdminSettings.defaults(), shop -> ShopifyAccessToken.of("shpat_not_the_right_one"));
        try (wrongToken) {
            ShopSource source = new AdminApiShopSource(
                    wrongToken.forShop(new ShopifyShop(SHOP, store.adminApiUri(), "demo-admin")), "2026-10");

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> source.ordersCount(
                            Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T11:00:00Z")))
                    .isInstanceOf(SourceUnavailableException.class)
                    .hasMessageContaining(SHOP)
                    .hasMessageNotContaining("shpat_not_the_right_one");
        }
    }
}
