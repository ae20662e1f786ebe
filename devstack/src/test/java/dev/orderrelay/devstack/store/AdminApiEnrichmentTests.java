package dev.orderrelay.devstack.store;

import static dev.orderrelay.devstack.store.StoreFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Products and OrderJourney documents the worker's enrichment sends, run against the store. */
class AdminApiEnrichmentTests {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final RecordingWebhookServer receiver = new RecordingWebhookServer();
    private final SimulatedShopifyStore store = new SimulatedShopifyStore(
            StoreFixtures.settings(receiver.uri())
                    .paidDelay(Duration.ofHours(1))
                    .build(),
            AppSecret.of(SECRET),
            AdminAccessToken.of(AdminGraphql.TOKEN));
    private final AdminGraphql api = new AdminGraphql(store.adminApiUri());

    @AfterEach
    void stop() {
        store.close();
        receiver.close();
    }

    @Test
    void classifiesTheProductsOfAnOrderByTypeAndTaxonomyCategory() {
        JsonNode rest = MAPPER.readTree(store.createOrder(OrderShape.LARGE).restJson());
        List<String> ids = new ArrayList<>();
        rest.get("line_items").forEach(line -> {
            String gid = "gid://shopify/Product/" + line.get("product_id").asString();
            if (!ids.contains(gid)) {
                ids.add(gid);
            }
        });
        ids.add("gid://shopify/Product/1");
        ids.add("gid://shopify/Order/" + rest.get("id").asString());

        AdminGraphql.Answer answer = api.run("Products", Map.of("ids", ids));

        JsonNode nodes = answer.data().get("nodes");
        assertThat(answer.body().has("errors")).isFalse();
        assertThat(nodes).hasSize(ids.size());
        for (int i = 0; i < ids.size() - 2; i++) {
            JsonNode product = nodes.get(i);
            assertThat(product.get("id").asString()).isEqualTo(ids.get(i));
            assertThat(product.get("productType").asString()).isNotBlank();
        }
        assertThat(nodes.valueStream().limit(ids.size() - 2L).map(node -> node.get("category")))
                .anySatisfy(category -> assertThat(category.isNull()).isTrue())
                .anySatisfy(category ->
                        assertThat(category.get("fullName").asString()).contains(" > "));
        assertThat(nodes.get(ids.size() - 2).isNull()).as("no such product").isTrue();
        assertThat(nodes.get(ids.size() - 1).isNull()).as("not a product").isTrue();
    }

    @Test
    void placesEachOrderInItsCustomersHistory() {
        List<StoreOrder> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            orders.add(store.createOrder(OrderShape.SMALL));
        }

        List<JsonNode> journeys = orders.stream()
                .map(order -> api.run("OrderJourney", Map.of("id", order.gid()))
                        .data()
                        .get("order"))
                .toList();

        // The fourth order (#1004) is the third's buyer ordering again.
        assertThat(journeys.get(0)
                        .get("customerJourneySummary")
                        .get("customerOrderIndex")
                        .asInt())
                .isEqualTo(1);
        assertThat(journeys.get(0).get("customer").get("numberOfOrders").asString())
                .isEqualTo("1");
        assertThat(journeys.get(2)
                        .get("customerJourneySummary")
                        .get("customerOrderIndex")
                        .asInt())
                .isEqualTo(1);
        assertThat(journeys.get(3)
                        .get("customerJourneySummary")
                        .get("customerOrderIndex")
                        .asInt())
                .isEqualTo(2);
        assertThat(journeys.get(3).get("customer").get("numberOfOrders").asString())
                .isEqualTo("2");
        assertThat(journeys.get(3).get("customerJourneySummary").get("ready").asBoolean())
                .isTrue();

        // A deleted order leaves its customer's history.
        store.deleteOrder(orders.get(2).id());
        JsonNode again = api.run("OrderJourney", Map.of("id", orders.get(3).gid()))
                .data()
                .get("order");
        assertThat(again.get("customerJourneySummary").get("customerOrderIndex").asInt())
                .isEqualTo(1);
        assertThat(again.get("customer").get("numberOfOrders").asString()).isEqualTo("1");
    }
}
