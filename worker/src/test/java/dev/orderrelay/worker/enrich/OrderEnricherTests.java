package dev.orderrelay.worker.enrich;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.orderrelay.worker.enrich.EnrichmentFixtures.PRODUCT_ID;
import static dev.orderrelay.worker.enrich.EnrichmentFixtures.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.orderrelay.core.envelope.PayloadFormat;
import dev.orderrelay.core.event.Attribution;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.shopify.order.RestOrderParser;
import dev.orderrelay.shopify.order.ShopifyOrder;
import dev.orderrelay.worker.credentials.CredentialSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderEnricherTests {

    private static final String GRAPHQL = "/admin/api/2026-10/graphql.json";
    private static final String PRODUCTS = """
            {"data": {"nodes": [{"id": "gid://shopify/Product/632910392", "legacyResourceId": "632910392",
              "productType": "Desserts",
              "category": {"id": "gid://shopify/TaxonomyCategory/fb-2-3", "name": "Cakes",
                           "fullName": "Food, Beverages & Tobacco > Food Items > Bakery > Cakes"}}]}}""";
    private static final String FIRST_ORDER = """
            {"data": {"order": {"id": "gid://shopify/Order/820982911946154508",
              "customerJourneySummary": {"ready": true, "customerOrderIndex": 1},
              "customer": {"id": "gid://shopify/Customer/115310627314723954", "numberOfOrders": "1"}}}}""";

    private final WireMockServer shopify =
            new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ShopifyOrder order = new RestOrderParser().parse(EnrichmentFixtures.attributedOrder());
    private OrderEnricher enricher;

    OrderEnricherTests() {
        shopify.start();
    }

    @AfterEach
    void stop() {
        if (enricher != null) {
            enricher.close();
        }
        shopify.stop();
    }

    @Test
    void enrichesAnOrderWithTheStorefrontsIdsItsAttributionFirstOrderFlagAndCategories() {
        answer("Products", PRODUCTS);
        answer("OrderJourney", FIRST_ORDER);
        enricher = enricher(Duration.ofSeconds(2), EnrichmentFixtures.credentials(TOKEN));

        Enrichment enrichment = enrich(EnrichmentFixtures.shop());

        assertThat(enrichment.ids().gaClientId()).isEqualTo("1234567890.1700000000");
        assertThat(enrichment.ids().gaSessionId()).isEqualTo("1700000000");
        assertThat(enrichment.ids().segmentAnonymousId()).isEqualTo("anon-42");
        assertThat(enrichment.ids().amplitudeDeviceId()).isEqualTo("device-42");
        assertThat(enrichment.attribution())
                .isEqualTo(new Attribution(
                        "google",
                        "cpc",
                        "autumn_sale",
                        null,
                        null,
                        "Cj0KCQjwAbC",
                        null,
                        null,
                        "/products/creme-brulee",
                        "www.google.com"));
        assertThat(enrichment.firstOrder()).isTrue();
        assertThat(enrichment.categories()).isEqualTo(Map.of(PRODUCT_ID, "Desserts"));
        assertThat(shopify.findAll(postRequestedFor(urlEqualTo(GRAPHQL))
                        .withHeader(
                                "X-Shopify-Access-Token",
                                com.github.tomakehurst.wiremock.client.WireMock.equalTo(TOKEN))))
                .hasSize(2);
        assertThat(outcome("fetched")).isEqualTo(1);
    }

    @Test
    void asksForAProductAndAnOrdersPlaceOnceAndTakesThemFromTheCacheAfterwards() {
        answer("Products", PRODUCTS);
        answer("OrderJourney", FIRST_ORDER);
        enricher = enricher(Duration.ofSeconds(2), EnrichmentFixtures.credentials(TOKEN));

        enrich(EnrichmentFixtures.shop());
        Enrichment second = enrich(EnrichmentFixtures.shop());

        assertThat(second.categories()).isEqualTo(Map.of(PRODUCT_ID, "Desserts"));
        assertThat(second.firstOrder()).isTrue();
        assertThat(requests("Products")).isEqualTo(1);
        assertThat(requests("OrderJourney"))
                .as("the order's place in its customer's history does not change between sightings")
                .isEqualTo(1);
        assertThat(meters.get("cache.gets")
                        .tag("cache", EnrichmentConfiguration.CACHE_NAME)
                        .tag("result", "hit")
                        .functionCounter()
                        .count())
                .isPositive();
    }

    @Test
    void keepsProductsShopifyDoesNotKnowSoItDoesNotAskAgain() {
        answer("Products", "{\"data\": {\"nodes\": [null]}}");
        enricher = enricher(Duration.ofSeconds(2), EnrichmentFixtures.credentials(TOKEN));

        Enrichment first = enrich(EnrichmentFixtures.shop());
        enrich(EnrichmentFixtures.shop());

        assertThat(first.categories()).isEmpty();
        assertThat(requests("Products")).isEqualTo(1);
    }

    @Test
    void sendsOrdersOnUnenrichedAndStopsAskingOnceTheShopsBreakerIsOpen() {
        shopify.stubFor(post(urlEqualTo(GRAPHQL)).willReturn(aResponse().withStatus(503)));
        enricher = enricher(Duration.ofSeconds(2), EnrichmentFixtures.credentials(TOKEN));

        Enrichment failed = enrich(EnrichmentFixtures.shop());
        enrich(EnrichmentFixtures.shop());
        int asked = shopify.findAll(postRequestedFor(urlEqualTo(GRAPHQL))).size();
        Enrichment whileOpen = enrich(EnrichmentFixtures.shop());

        assertThat(failed.categories()).isEmpty();
        assertThat(failed.firstOrder()).isNull();
        assertThat(failed.attribution().campaign())
                .as("read from the body all the same")
                .isEqualTo("autumn_sale");
        assertThat(whileOpen.categories()).isEmpty();
        assertThat(whileOpen.ids().gaClientId()).isEqualTo("1234567890.1700000000");
        assertThat(shopify.findAll(postRequestedFor(urlEqualTo(GRAPHQL)))).hasSize(asked);
        assertThat(outcome("failed")).isEqualTo(2);
        assertThat(outcome("breaker-open")).isEqualTo(1);
        assertThat(meters.get("resilience4j.circuitbreaker.state")
                        .tag("name", AdminLookup.breakerName(EnrichmentFixtures.SHOP, "products"))
                        .tag("state", "open")
                        .gauge()
                        .value())
                .isEqualTo(1.0);
    }

    @Test
    void keepsEnrichingCategoriesWhenOnlyTheFirstOrderLookupKeepsFailing() {
        answer("Products", PRODUCTS);
        shopify.stubFor(post(urlEqualTo(GRAPHQL))
                .withRequestBody(matchingJsonPath("$.query", containing("query OrderJourney(")))
                .willReturn(okJson("{\"errors\": [{\"message\": \"Access denied for numberOfOrders field.\","
                        + " \"extensions\": {\"code\": \"ACCESS_DENIED\"}}]}")));
        enricher = enricher(Duration.ofSeconds(2), EnrichmentFixtures.credentials(TOKEN));

        for (int i = 0; i < 3; i++) {
            enrich(EnrichmentFixtures.shop());
        }
        ShopifyOrder other =
                new RestOrderParser().parse(EnrichmentFixtures.attributedOrder().replace("632910392", "632910393"));
        answer("Products", PRODUCTS.replace("632910392", "632910393"));
        Enrichment later = enricher.enrich(
                EnrichmentFixtures.shop(), other, EnrichmentFixtures.attributedOrder(), PayloadFormat.REST_WEBHOOK);

        assertThat(later.categories()).isEqualTo(Map.of("632910393", "Desserts"));
        assertThat(later.firstOrder()).isNull();
        assertThat(requests("OrderJourney"))
                .as("its breaker opened after two failures")
                .isEqualTo(2);
        assertThat(requests("Products")).isEqualTo(2);
    }

    @Test
    void givesUpOnASlowAdminApiAtTheTimeoutAndSendsTheOrderUnenriched() {
        shopify.stubFor(post(urlEqualTo(GRAPHQL)).willReturn(okJson(PRODUCTS).withFixedDelay(5_000)));
        enricher = enricher(Duration.ofMillis(300), EnrichmentFixtures.credentials(TOKEN));

        long start = System.nanoTime();
        Enrichment enrichment = enrich(EnrichmentFixtures.shop());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(Duration.ofSeconds(2));
        assertThat(enrichment.categories()).isEmpty();
        assertThat(enrichment.attribution().source()).isEqualTo("google");
        assertThat(outcome("timeout")).isEqualTo(1);
    }

    @Test
    void doesNotAskTheAdminApiOfAShopWithoutCredentialsReference() {
        enricher = enricher(Duration.ofSeconds(2), EnrichmentFixtures.credentials(TOKEN));

        Enrichment enrichment = enrich(EnrichmentFixtures.shopWithoutAdminApi());

        assertThat(enrichment.categories()).isEmpty();
        assertThat(enrichment.firstOrder()).isNull();
        assertThat(enrichment.ids().segmentAnonymousId()).isEqualTo("anon-42");
        assertThat(shopify.findAll(postRequestedFor(urlEqualTo(GRAPHQL)))).isEmpty();
        assertThat(outcome("not-configured")).isEqualTo(1);
    }

    @Test
    void aMissingTokenSkipsTheAdminApiWithoutOpeningTheBreaker() {
        answer("Products", PRODUCTS);
        enricher = enricher(Duration.ofSeconds(2), EnrichmentFixtures.credentials(null));

        for (int i = 0; i < 3; i++) {
            assertThat(enrich(EnrichmentFixtures.shop()).categories()).isEmpty();
        }

        assertThat(shopify.findAll(postRequestedFor(urlEqualTo(GRAPHQL)))).isEmpty();
        assertThat(outcome("no-token")).isEqualTo(3);
        assertThat(outcome("breaker-open")).isZero();
    }

    @Test
    void neverThrowsOnAnUnreadableBody() {
        enricher = enricher(Duration.ofSeconds(2), EnrichmentFixtures.credentials(TOKEN));
        answer("Products", PRODUCTS);
        answer("OrderJourney", FIRST_ORDER);

        Enrichment enrichment =
                enricher.enrich(EnrichmentFixtures.shop(), order, "{\"landing_site\": [", PayloadFormat.REST_WEBHOOK);

        assertThat(enrichment.attribution()).isEqualTo(Attribution.none());
        assertThat(enrichment.categories()).containsKey(PRODUCT_ID);
    }

    @Test
    void enrichesNothingWhenSwitchedOff() {
        EnrichmentProperties on = EnrichmentFixtures.properties(baseUri(), Duration.ofSeconds(2));
        EnrichmentProperties off = new EnrichmentProperties(
                false, on.timeout(), on.lookupFirstOrder(), on.cache(), on.breaker(), on.shopify());
        enricher = EnrichmentConfiguration.build(
                off, EnrichmentFixtures.credentials(TOKEN), meters, Ticker.systemTicker());

        assertThat(enrich(EnrichmentFixtures.shop())).isEqualTo(Enrichment.none());
        assertThat(shopify.findAll(postRequestedFor(urlEqualTo(GRAPHQL)))).isEmpty();
    }

    private Enrichment enrich(ShopConfig shop) {
        return enricher.enrich(shop, order, EnrichmentFixtures.attributedOrder(), PayloadFormat.REST_WEBHOOK);
    }

    private OrderEnricher enricher(Duration timeout, CredentialSource credentials) {
        return EnrichmentConfiguration.build(
                EnrichmentFixtures.properties(baseUri(), timeout), credentials, meters, Ticker.systemTicker());
    }

    private URI baseUri() {
        return URI.create("http://127.0.0.1:" + shopify.port());
    }

    private void answer(String operation, String body) {
        shopify.stubFor(post(urlEqualTo(GRAPHQL))
                .withRequestBody(matchingJsonPath("$.query", containing("query " + operation + "(")))
                .willReturn(okJson(body)));
    }

    private int requests(String operation) {
        return shopify.findAll(postRequestedFor(urlEqualTo(GRAPHQL))
                        .withRequestBody(matchingJsonPath("$.query", containing("query " + operation + "("))))
                .size();
    }

    private double outcome(String outcome) {
        var counter =
                meters.find("relay.enrichment.admin").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
