package dev.orderrelay.worker.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.orderrelay.core.envelope.PayloadFormat;
import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventItem;
import dev.orderrelay.devstack.store.AdminAccessToken;
import dev.orderrelay.devstack.store.AppSecret;
import dev.orderrelay.devstack.store.OrderOptions;
import dev.orderrelay.devstack.store.OrderShape;
import dev.orderrelay.devstack.store.SimulatedShopifyStore;
import dev.orderrelay.devstack.store.SimulatedStoreSettings;
import dev.orderrelay.devstack.store.StoreOrder;
import dev.orderrelay.shopify.order.RestOrderParser;
import dev.orderrelay.shopify.order.ShopifyOrder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The enricher against the simulated store's Admin API, as the local run uses it. */
class OrderEnricherStoreTests {

    private final SimulatedShopifyStore store = new SimulatedShopifyStore(
            SimulatedStoreSettings.defaults(URI.create("http://127.0.0.1:9/webhooks")).toBuilder()
                    .ordersPerMinute(0)
                    .largeOrderRate(0)
                    .duplicateRate(0)
                    .seed(11)
                    .build(),
            AppSecret.of("dev-shopify-secret"),
            AdminAccessToken.of(EnrichmentFixtures.TOKEN));
    private final OrderEnricher enricher = EnrichmentConfiguration.build(
            EnrichmentFixtures.properties(store.adminApiUri(), Duration.ofSeconds(5)),
            EnrichmentFixtures.credentials(EnrichmentFixtures.TOKEN),
            new SimpleMeterRegistry(),
            Ticker.systemTicker());
    private final RestOrderParser parser = new RestOrderParser();

    @AfterEach
    void stop() {
        enricher.close();
        store.close();
    }

    @Test
    void enrichesTheStoresOrdersWithCategoriesFirstOrderFlagsAndTheirAttribution() {
        List<StoreOrder> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            orders.add(store.createOrder(OrderOptions.builder()
                    .shape(OrderShape.SMALL)
                    .loseWebhooks()
                    .build()));
        }
        List<Enrichment> enrichments = new ArrayList<>();
        List<ShopifyOrder> parsed = new ArrayList<>();
        for (StoreOrder order : orders) {
            ShopifyOrder shopifyOrder = parser.parse(order.restJson());
            parsed.add(shopifyOrder);
            enrichments.add(enricher.enrich(
                    EnrichmentFixtures.shop(), shopifyOrder, order.restJson(), PayloadFormat.REST_WEBHOOK));
        }

        // #1004 is #1003's buyer ordering again.
        assertThat(enrichments).extracting(Enrichment::firstOrder).containsExactly(true, true, true, false);
        assertThat(enrichments).allSatisfy(enrichment -> {
            assertThat(enrichment.ids().gaClientId()).matches("\\d{10}\\.\\d{10}");
            assertThat(enrichment.categories()).isNotEmpty();
        });
        assertThat(enrichments)
                .anySatisfy(enrichment ->
                        assertThat(enrichment.attribution().source()).isNotNull());
        for (int i = 0; i < orders.size(); i++) {
            ShopifyOrder order = parsed.get(i);
            for (ShopifyOrder.LineItem line : order.lineItems()) {
                assertThat(enrichments.get(i).categories()).containsKey(line.productId());
            }
        }
    }

    @Test
    void anEnrichedEventCarriesEachItemsCategory() {
        StoreOrder stored = store.createOrder(
                OrderOptions.builder().shape(OrderShape.SMALL).loseWebhooks().build());
        ShopifyOrder order = parser.parse(stored.restJson());
        Enrichment enrichment =
                enricher.enrich(EnrichmentFixtures.shop(), order, stored.restJson(), PayloadFormat.REST_WEBHOOK);
        OrderEvent event = new OrderEvent(
                OrderEvent.CURRENT_VERSION,
                dev.orderrelay.core.event.OrderEventKind.PURCHASE,
                EnrichmentFixtures.SHOP,
                order.id(),
                order.name(),
                null,
                order.processedAt(),
                order.createdAt(),
                order.sourceName(),
                order.test(),
                order.currency(),
                order.totalPrice(),
                null,
                null,
                null,
                null,
                null,
                order.lineItems().stream()
                        .map(line -> new OrderEventItem(
                                line.id(),
                                line.productId(),
                                line.variantId(),
                                line.sku(),
                                line.title(),
                                line.variantTitle(),
                                line.vendor(),
                                null,
                                line.quantity(),
                                line.price(),
                                line.discount()))
                        .toList(),
                null);

        OrderEvent enriched = enrichment.apply(event);

        assertThat(enriched.items())
                .allSatisfy(item -> assertThat(item.category()).isNotBlank());
        assertThat(enriched.identity().gaClientId()).isNotNull();
    }
}
