package dev.orderrelay.shopify.admin;

import static dev.orderrelay.shopify.admin.AdminApiStub.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EnrichmentQueryTests {

    private final AdminApiStub shopify = AdminApiStub.start();
    private final TestClients clients = new TestClients();

    @AfterEach
    void stop() {
        clients.close();
        shopify.close();
    }

    @Test
    void classifiesProductsByTypeAndTaxonomyCategory() {
        shopify.answer("Products", data("""
                {"nodes": [
                  {"id": "gid://shopify/Product/7981120176157", "legacyResourceId": "7981120176157",
                   "productType": "T-Shirts",
                   "category": {"id": "gid://shopify/TaxonomyCategory/aa-1-13-8", "name": "T-Shirts",
                                "fullName": "Apparel & Accessories > Clothing > Clothing Tops > T-Shirts"}},
                  {"id": "gid://shopify/Product/7981120208925", "legacyResourceId": "7981120208925",
                   "productType": "", "category": null},
                  null]}"""));

        Map<String, ProductClassification> products =
                clients.client(shopify).products(List.of("7981120176157", "7981120208925", "7981120000001"));

        assertThat(products)
                .containsEntry(
                        "7981120176157",
                        new ProductClassification(
                                "7981120176157",
                                "T-Shirts",
                                "T-Shirts",
                                "Apparel & Accessories > Clothing > Clothing Tops > T-Shirts"))
                .containsEntry("7981120208925", ProductClassification.none("7981120208925"))
                .containsEntry("7981120000001", ProductClassification.none("7981120000001"));
        JsonNode ids = OrderListingTests.variables(shopify.requests("Products").getFirst())
                .path("ids");
        assertThat(ids.valueStream().map(JsonNode::stringValue))
                .containsExactly(
                        "gid://shopify/Product/7981120176157",
                        "gid://shopify/Product/7981120208925",
                        "gid://shopify/Product/7981120000001");
    }

    @Test
    void asksForAtMostAHundredProductsPerRequestAndEachOnce() {
        shopify.answer("Products", data("{\"nodes\": []}"));
        List<String> ids = IntStream.range(0, 150)
                .mapToObj(i -> Long.toString(7_000_000_000_000L + i))
                .toList();

        Map<String, ProductClassification> products = clients.client(shopify)
                .products(java.util.stream.Stream.concat(ids.stream(), ids.stream())
                        .toList());

        assertThat(products).hasSize(150);
        assertThat(shopify.requests("Products"))
                .extracting(request ->
                        OrderListingTests.variables(request).path("ids").size())
                .containsExactly(100, 50);
    }

    @Test
    void refusesAProductIdThatIsNotNumericBeforeAsking() {
        assertThatThrownBy(() -> clients.client(shopify).products(List.of("gid://shopify/Product/1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a product id is numeric")
                .hasMessageContaining(AdminApiStub.SHOP);
        assertThat(shopify.graphqlRequests()).isEmpty();
    }

    @Test
    void placesAnOrderInItsCustomersHistory() {
        shopify.answerFor("OrderJourney", "gid://shopify/Order/820982911946154508", data("""
                {"order": {"id": "gid://shopify/Order/820982911946154508",
                           "customerJourneySummary": {"ready": true, "customerOrderIndex": 1},
                           "customer": {"id": "gid://shopify/Customer/6940095012345", "numberOfOrders": "4"}}}"""));

        assertThat(clients.client(shopify).orderJourney("820982911946154508")).contains(new OrderJourney(1L, 4L, true));
    }

    @Test
    void readsAGuestOrderStillBeingAttributedAndAnOrderTheShopDoesNotHave() {
        shopify.answerFor("OrderJourney", "gid://shopify/Order/1", data("""
                {"order": {"id": "gid://shopify/Order/1",
                           "customerJourneySummary": {"ready": false, "customerOrderIndex": null},
                           "customer": null}}"""));
        shopify.answerFor("OrderJourney", "gid://shopify/Order/2", data("{\"order\": null}"));

        assertThat(clients.client(shopify).orderJourney("1")).contains(new OrderJourney(null, null, false));
        assertThat(clients.client(shopify).orderJourney("2")).isEmpty();
    }
}
