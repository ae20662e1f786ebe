package dev.orderrelay.shopify.admin;

import static dev.orderrelay.shopify.admin.AdminApiStub.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The admin-graphql order body: Order.graphql's order with every line item page and every refund line merged in. */
class OrderAssemblyTests {

    private static final String ORDER_ID = "820982911946154508";
    private static final String ORDER_GID = "gid://shopify/Order/" + ORDER_ID;
    private static final String REFUND_1 = "gid://shopify/Refund/929361464";
    private static final String REFUND_2 = "gid://shopify/Refund/929361465";

    private final AdminApiStub shopify = AdminApiStub.start();
    private final TestClients clients = new TestClients();

    @AfterEach
    void stop() {
        clients.close();
        shopify.close();
    }

    @Test
    void mergesEveryLineItemPageAndEveryRefundLinePage() {
        shopify.answer(
                "Order", data(order(lineItems("l1", true, line(1), line(2)), refund(REFUND_1), refund(REFUND_2))));
        shopify.answerAfter("OrderLineItems", "l1", data(lineItemsPage("l2", true, line(3))));
        shopify.answerAfter("OrderLineItems", "l2", data(lineItemsPage("l3", false, line(4), line(5))));
        shopify.answerFor("RefundLineItems", REFUND_1, data(refundLines("r1", true, refundLine(1))));
        shopify.answerAfter("RefundLineItems", "r1", data(refundLines("r2", false, refundLine(2))));
        shopify.answerFor("RefundLineItems", REFUND_2, data(refundLines("r9", false, refundLine(4))));

        ObjectNode order = clients.client(shopify).order(ORDER_ID).orElseThrow();

        assertThat(order.path("id").stringValue()).isEqualTo(ORDER_GID);
        assertThat(order.path("legacyResourceId").stringValue()).isEqualTo(ORDER_ID);
        assertThat(order.path("totalPriceSet").path("shopMoney").path("amount").stringValue())
                .isEqualTo("59.97");
        assertThat(ids(order.path("lineItems").path("nodes")))
                .containsExactly(
                        "gid://shopify/LineItem/1",
                        "gid://shopify/LineItem/2",
                        "gid://shopify/LineItem/3",
                        "gid://shopify/LineItem/4",
                        "gid://shopify/LineItem/5");
        assertThat(order.path("lineItems").path("pageInfo").path("hasNextPage").booleanValue())
                .isFalse();
        JsonNode refunds = order.path("refunds");
        assertThat(refunds).hasSize(2);
        assertThat(lineIds(refunds.get(0))).containsExactly("gid://shopify/LineItem/1", "gid://shopify/LineItem/2");
        assertThat(lineIds(refunds.get(1))).containsExactly("gid://shopify/LineItem/4");
        assertThat(refunds.get(0)
                        .path("refundLineItems")
                        .path("nodes")
                        .get(0)
                        .path("subtotalSet")
                        .path("shopMoney")
                        .path("amount")
                        .stringValue())
                .isEqualTo("19.99");
        assertThat(refunds.get(0).path("totalRefundedSet").isObject()).isTrue();
        assertThat(shopify.requests("OrderLineItems")).hasSize(2);
        assertThat(shopify.requests("RefundLineItems")).hasSize(3);
        assertThat(OrderListingTests.variables(shopify.requests("Order").getFirst())
                        .path("id")
                        .stringValue())
                .isEqualTo(ORDER_GID);
    }

    @Test
    void asksForNoMorePagesWhenTheFirstHoldsEverything() {
        shopify.answer("Order", data(order(lineItems("l1", false, line(1)))));

        ObjectNode order = clients.client(shopify).order(ORDER_ID).orElseThrow();

        assertThat(ids(order.path("lineItems").path("nodes"))).containsExactly("gid://shopify/LineItem/1");
        assertThat(order.path("refunds")).isEmpty();
        assertThat(shopify.graphqlRequests()).hasSize(1);
    }

    @Test
    void answersEmptyForAnOrderTheShopDoesNotHave() {
        shopify.answer("Order", data("{\"order\": null}"));

        assertThat(clients.client(shopify).order(ORDER_ID)).isEqualTo(Optional.empty());
    }

    @Test
    void answersEmptyWhenTheOrderIsDeletedWhileItsLinesAreRead() {
        shopify.answer("Order", data(order(lineItems("l1", true, line(1)))));
        shopify.answerAfter("OrderLineItems", "l1", data("{\"order\": null}"));

        assertThat(clients.client(shopify).order(ORDER_ID)).isEmpty();
    }

    @Test
    void refusesAnIdThatIsNotANumericOrderId() {
        assertThatThrownBy(() -> clients.client(shopify).order("gid://shopify/Order/1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("numeric id");
        assertThat(shopify.graphqlRequests()).isEmpty();
    }

    private static List<String> ids(JsonNode nodes) {
        return nodes.valueStream().map(node -> node.path("id").stringValue()).toList();
    }

    private static List<String> lineIds(JsonNode refund) {
        return refund.path("refundLineItems")
                .path("nodes")
                .valueStream()
                .map(node -> node.path("lineItem").path("id").stringValue())
                .toList();
    }

    private static String order(String lineItems, String... refunds) {
        return """
                {"order": {"id": "%s", "legacyResourceId": "%s", "name": "#1001",
                  "createdAt": "2026-11-24T10:15:00Z", "updatedAt": "2026-11-24T10:20:00Z",
                  "processedAt": "2026-11-24T10:15:00Z", "cancelledAt": null, "cancelReason": null, "test": false,
                  "sourceName": "web", "displayFinancialStatus": "PARTIALLY_REFUNDED", "currencyCode": "EUR",
                  "presentmentCurrencyCode": "EUR", "taxesIncluded": true, "discountCodes": [],
                  "totalPriceSet": {"shopMoney": {"amount": "59.97", "currencyCode": "EUR"},
                                    "presentmentMoney": {"amount": "59.97", "currencyCode": "EUR"}},
                  "customer": {"id": "gid://shopify/Customer/1", "legacyResourceId": "1"},
                  "customAttributes": [{"key": "gclid", "value": "abc"}],
                  "lineItems": %s,
                  "refunds": [%s]}}""".formatted(ORDER_GID, ORDER_ID, lineItems, String.join(",", refunds));
    }

    private static String lineItems(String endCursor, boolean hasNextPage, String... lines) {
        return "{\"pageInfo\": {\"hasNextPage\": " + hasNextPage + ", \"endCursor\": \"" + endCursor
                + "\"}, \"nodes\": [" + String.join(",", lines) + "]}";
    }

    private static String lineItemsPage(String endCursor, boolean hasNextPage, String... lines) {
        return "{\"order\": {\"lineItems\": " + lineItems(endCursor, hasNextPage, lines) + "}}";
    }

    private static String line(int n) {
        return """
                {"id": "gid://shopify/LineItem/%d", "quantity": 1, "sku": "SKU-%d", "name": "Item %d",
                 "originalUnitPriceSet": {"shopMoney": {"amount": "19.99", "currencyCode": "EUR"}}}""".formatted(n, n, n);
    }

    private static String refund(String gid) {
        return """
                {"id": "%s", "legacyResourceId": "%s", "createdAt": "2026-11-24T10:20:00Z",
                 "totalRefundedSet": {"shopMoney": {"amount": "19.99", "currencyCode": "EUR"}}}""".formatted(gid, gid.substring(gid.lastIndexOf('/') + 1));
    }

    private static String refundLines(String endCursor, boolean hasNextPage, String... lines) {
        return "{\"refund\": {\"refundLineItems\": {\"pageInfo\": {\"hasNextPage\": " + hasNextPage
                + ", \"endCursor\": \"" + endCursor + "\"}, \"nodes\": [" + String.join(",", lines) + "]}}}";
    }

    private static String refundLine(int lineItem) {
        return """
                {"quantity": 1, "lineItem": {"id": "gid://shopify/LineItem/%d"},
                 "subtotalSet": {"shopMoney": {"amount": "19.99", "currencyCode": "EUR"}},
                 "totalTaxSet": {"shopMoney": {"amount": "3.19", "currencyCode": "EUR"}}}""".formatted(lineItem);
    }
}
