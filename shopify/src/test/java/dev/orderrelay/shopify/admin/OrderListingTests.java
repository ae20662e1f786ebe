package dev.orderrelay.shopify.admin;

import static dev.orderrelay.shopify.admin.AdminApiStub.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OrderListingTests {

    private static final OrderWindow HOUR = OrderWindow.hourStarting(Instant.parse("2026-11-24T10:00:00Z"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AdminApiStub shopify = AdminApiStub.start();
    private final TestClients clients = new TestClients();

    @AfterEach
    void stop() {
        clients.close();
        shopify.close();
    }

    @Test
    void followsTheCursorThroughEveryPageOfCreatedOrders() {
        shopify.answer("OrdersCreated", data(page("c1", true, created("1001", "#1001"), created("1002", "#1002"))));
        shopify.answerAfter("OrdersCreated", "c1", data(page("c2", true, created("1003", "#1003"))));
        shopify.answerAfter("OrdersCreated", "c2", data(page("c3", false, created("1004", "#1004"))));

        List<CreatedOrderSummary> orders = clients.client(shopify).ordersCreated(HOUR);

        assertThat(orders)
                .extracting(CreatedOrderSummary::legacyResourceId)
                .containsExactly("1001", "1002", "1003", "1004");
        assertThat(orders.getFirst())
                .isEqualTo(new CreatedOrderSummary(
                        "gid://shopify/Order/1001",
                        "1001",
                        "#1001",
                        Instant.parse("2026-11-24T10:15:00Z"),
                        Instant.parse("2026-11-24T10:16:00Z"),
                        false,
                        "web",
                        null,
                        "PAID"));
        List<LoggedRequest> requests = shopify.requests("OrdersCreated");
        assertThat(requests).hasSize(3);
        assertThat(variables(requests.get(0)).has("after")).isFalse();
        assertThat(variables(requests.get(1)).path("after").stringValue()).isEqualTo("c1");
        assertThat(variables(requests.get(2)).path("after").stringValue()).isEqualTo("c2");
    }

    @Test
    void searchesTheWindowWithShopifysQuerySyntax() {
        shopify.answer("OrdersCreated", data(page(null, false)));
        shopify.answer("OrdersUpdated", data(page(null, false)));

        clients.client(shopify).ordersCreated(HOUR);
        clients.client(shopify).ordersUpdated(HOUR);

        assertThat(variables(shopify.requests("OrdersCreated").getFirst())
                        .path("query")
                        .stringValue())
                .isEqualTo("created_at:>='2026-11-24T10:00:00Z' AND created_at:<'2026-11-24T11:00:00Z'");
        assertThat(variables(shopify.requests("OrdersUpdated").getFirst())
                        .path("query")
                        .stringValue())
                .isEqualTo("updated_at:>='2026-11-24T10:00:00Z' AND updated_at:<'2026-11-24T11:00:00Z'");
    }

    @Test
    void sendsTheDocumentAsWrittenWithTheTokenToTheVersionedEndpoint() throws IOException {
        shopify.answer("OrdersCreated", data(page(null, false)));

        clients.client(shopify).ordersCreated(HOUR);

        LoggedRequest request = shopify.requests("OrdersCreated").getFirst();
        assertThat(request.getUrl()).isEqualTo("/admin/api/2026-10/graphql.json");
        assertThat(request.getHeader("X-Shopify-Access-Token")).isEqualTo(TestClients.ACCESS_TOKEN);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(JSON.readTree(request.getBodyAsString()).path("query").stringValue())
                .isEqualTo(resource("OrdersCreated.graphql"));
    }

    @Test
    void listsUpdatedOrdersWithTheirRefundIdsAndCancellation() {
        String order = """
                {"id": "gid://shopify/Order/820982911946154508", "legacyResourceId": "820982911946154508",
                 "createdAt": "2026-11-20T08:00:00Z", "updatedAt": "2026-11-24T10:30:00Z",
                 "cancelledAt": "2026-11-24T10:30:00Z", "displayFinancialStatus": "REFUNDED",
                 "refunds": [{"legacyResourceId": "929361464", "createdAt": "2026-11-24T10:29:00Z"},
                             {"legacyResourceId": "929361465", "createdAt": "2026-11-24T10:30:00Z"}]}""";
        shopify.answer("OrdersUpdated", data(page("u1", true, order)));
        shopify.answerAfter("OrdersUpdated", "u1", data(page("u2", false)));

        List<UpdatedOrderSummary> orders = clients.client(shopify).ordersUpdated(HOUR);

        assertThat(orders).singleElement().satisfies(updated -> {
            assertThat(updated.legacyResourceId()).isEqualTo("820982911946154508");
            assertThat(updated.refundIds()).containsExactly("929361464", "929361465");
            assertThat(updated.cancelledAt()).isEqualTo(Instant.parse("2026-11-24T10:30:00Z"));
            assertThat(updated.displayFinancialStatus()).isEqualTo("REFUNDED");
            assertThat(updated.mayHaveMoreRefunds()).isFalse();
        });
        assertThat(shopify.requests("OrdersUpdated")).hasSize(2);
    }

    @Test
    void countsTheOrdersOfAWindowWithTheirPrecision() {
        shopify.answer("OrdersCount", data("{\"ordersCount\": {\"count\": 10000, \"precision\": \"AT_LEAST\"}}"));

        OrderCount count = clients.client(shopify).ordersCount(HOUR);

        assertThat(count).isEqualTo(new OrderCount(10000, CountPrecision.AT_LEAST));
        assertThat(count.exact()).isFalse();
        assertThat(variables(shopify.requests("OrdersCount").getFirst())
                        .path("query")
                        .stringValue())
                .isEqualTo(HOUR.createdAtQuery());
    }

    static String page(String endCursor, boolean hasNextPage, String... nodes) {
        return "{\"orders\": {\"pageInfo\": {\"hasNextPage\": " + hasNextPage + ", \"endCursor\": "
                + (endCursor == null ? "null" : "\"" + endCursor + "\"") + "}, \"nodes\": [" + String.join(",", nodes)
                + "]}}";
    }

    static String created(String id, String name) {
        return """
                {"id": "gid://shopify/Order/%s", "legacyResourceId": "%s", "name": "%s",
                 "createdAt": "2026-11-24T10:15:00Z", "updatedAt": "2026-11-24T10:16:00Z", "test": false,
                 "sourceName": "web", "cancelledAt": null, "displayFinancialStatus": "PAID"}""".formatted(id, id, name);
    }

    static JsonNode variables(LoggedRequest request) {
        return JSON.readTree(request.getBodyAsString()).path("variables");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = OrderListingTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
