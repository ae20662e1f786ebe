package dev.orderrelay.devstack.store;

import static dev.orderrelay.devstack.store.StoreFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One order through the Order, OrderLineItems and RefundLineItems documents, checked against its REST payload. */
class AdminApiOrderTests {

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
    void pagesThroughTheLinesOfALargeOrderFiftyAtATime() {
        StoreOrder order = store.createOrder(OrderShape.LARGE);
        JsonNode rest = MAPPER.readTree(order.restJson());

        JsonNode first = api.run("Order", Map.of("id", order.gid())).data().get("order");
        List<JsonNode> lines = new ArrayList<>();
        first.get("lineItems").get("nodes").forEach(lines::add);
        JsonNode pageInfo = first.get("lineItems").get("pageInfo");
        int pages = 1;
        while (pageInfo.get("hasNextPage").asBoolean() && pages < 10) {
            JsonNode next = api.run(
                            "OrderLineItems",
                            Map.of(
                                    "id",
                                    order.gid(),
                                    "after",
                                    pageInfo.get("endCursor").asString()))
                    .data()
                    .get("order")
                    .get("lineItems");
            next.get("nodes").forEach(lines::add);
            pageInfo = next.get("pageInfo");
            pages++;
        }

        assertThat(rest.get("line_items")).hasSize(130);
        assertThat(first.get("lineItems").get("nodes")).hasSize(50);
        assertThat(pages).isEqualTo(3);
        assertThat(lines).hasSize(130);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            JsonNode restLine = rest.get("line_items").get(i);
            assertThat(line.get("id").asString()).isEqualTo("gid://shopify/LineItem/" + restLine.get("id"));
            assertThat(line.get("quantity").asInt())
                    .isEqualTo(restLine.get("quantity").asInt());
            assertThat(line.get("sku").asString()).isEqualTo(restLine.get("sku").asString());
            assertThat(line.get("title").asString())
                    .isEqualTo(restLine.get("title").asString());
            assertThat(line.get("variant").get("legacyResourceId").asString())
                    .isEqualTo(restLine.get("variant_id").asString());
            assertThat(line.get("product").get("legacyResourceId").asString())
                    .isEqualTo(restLine.get("product_id").asString());
            assertThat(line.get("product").get("productType").asString()).isNotBlank();
            assertThat(shopAmount(line.get("originalUnitPriceSet")))
                    .isEqualTo(restLine.get("price").asString());
            assertThat(shopAmount(line.get("taxLines").get(0).get("priceSet")))
                    .isEqualTo(restLine.get("tax_lines").get(0).get("price").asString());
        }
    }

    @Test
    void showsTheSameIdsAmountsCurrencyAndAttributesAsTheRestPayload() {
        StoreOrder order = store.createOrder(OrderShape.SMALL);
        JsonNode rest = MAPPER.readTree(order.restJson());

        JsonNode graph = api.run("Order", Map.of("id", order.gid())).data().get("order");

        assertThat(graph.get("id").asString())
                .isEqualTo(rest.get("admin_graphql_api_id").asString());
        assertThat(graph.get("legacyResourceId").isString()).isTrue();
        assertThat(graph.get("legacyResourceId").asString())
                .isEqualTo(rest.get("id").asString());
        assertThat(graph.get("name").asString()).isEqualTo(order.name());
        assertThat(graph.get("createdAt").asString())
                .isEqualTo(order.createdAt().toInstant().toString());
        assertThat(graph.get("displayFinancialStatus").asString())
                .isEqualTo(rest.get("financial_status").asString().toUpperCase());
        assertThat(graph.get("currencyCode").asString()).isEqualTo("USD");
        assertThat(graph.get("presentmentCurrencyCode").asString())
                .isEqualTo(rest.get("presentment_currency").asString());
        assertThat(shopAmount(graph.get("totalPriceSet")))
                .isEqualTo(rest.get("total_price").asString());
        assertThat(graph.get("totalPriceSet")
                        .get("presentmentMoney")
                        .get("amount")
                        .asString())
                .isEqualTo(rest.get("total_price_set")
                        .get("presentment_money")
                        .get("amount")
                        .asString());
        assertThat(shopAmount(graph.get("subtotalPriceSet")))
                .isEqualTo(rest.get("subtotal_price").asString());
        assertThat(shopAmount(graph.get("totalTaxSet")))
                .isEqualTo(rest.get("total_tax").asString());
        assertThat(shopAmount(graph.get("totalDiscountsSet")))
                .isEqualTo(rest.get("total_discounts").asString());
        assertThat(shopAmount(graph.get("totalShippingPriceSet")))
                .isEqualTo(rest.get("shipping_lines").get(0).get("price").asString());
        assertThat(graph.get("customer").get("legacyResourceId").asString())
                .isEqualTo(rest.get("customer").get("id").asString());
        assertThat(graph.get("customAttributes").get(0).get("key").asString()).isEqualTo("_ga");
        assertThat(graph.get("customAttributes").get(0).get("value").asString())
                .isEqualTo(rest.get("note_attributes").get(0).get("value").asString());
        assertThat(graph.get("customAttributes")).hasSameSizeAs(rest.get("note_attributes"));
        assertThat(graph.get("refunds")).isEmpty();
        // The lines add up to the order: price times quantity, less discounts, plus tax.
        BigDecimal lines = BigDecimal.ZERO;
        for (JsonNode line : graph.get("lineItems").get("nodes")) {
            lines = lines.add(new BigDecimal(shopAmount(line.get("originalUnitPriceSet")))
                            .multiply(BigDecimal.valueOf(line.get("quantity").asInt())))
                    .subtract(new BigDecimal(shopAmount(line.get("totalDiscountSet"))))
                    .add(new BigDecimal(shopAmount(line.get("taxLines").get(0).get("priceSet"))));
        }
        assertThat(lines.add(new BigDecimal(shopAmount(graph.get("totalShippingPriceSet")))))
                .isEqualByComparingTo(shopAmount(graph.get("totalPriceSet")));
    }

    @Test
    void showsRefundsWithTheirLinesAndTotalsAddingUpToTheOrder() {
        StoreOrder order = store.createOrder(OrderOptions.builder()
                .financialStatus("paid")
                .shape(OrderShape.SMALL)
                .build());
        StoreLineItem line = order.lineItems().get(0);
        StoreRefund partial = store.refund(order.id(), RefundOptions.partial(line.id(), 1));
        StoreRefund rest = store.refund(order.id(), RefundOptions.full());

        JsonNode graph = api.run("Order", Map.of("id", order.gid())).data().get("order");

        assertThat(graph.get("displayFinancialStatus").asString()).isEqualTo("REFUNDED");
        JsonNode refunds = graph.get("refunds");
        assertThat(refunds)
                .extracting(refund -> refund.get("legacyResourceId").asString())
                .containsExactly(Long.toString(partial.id()), Long.toString(rest.id()));
        assertThat(refunds.get(0).get("id").asString()).isEqualTo(partial.gid());
        assertThat(shopAmount(refunds.get(0).get("totalRefundedSet"))).isEqualTo(partial.amount());
        assertThat(shopAmount(refunds.get(1).get("totalRefundedSet"))).isEqualTo(rest.amount());
        assertThat(new BigDecimal(partial.amount()).add(new BigDecimal(rest.amount())))
                .isEqualByComparingTo(order.totalPrice());

        JsonNode partialLines = refundLines(partial.gid());
        assertThat(partialLines).hasSize(1);
        assertThat(partialLines.get(0).get("quantity").asInt()).isEqualTo(1);
        assertThat(partialLines.get(0).get("lineItem").get("id").asString())
                .isEqualTo("gid://shopify/LineItem/" + line.id());
        JsonNode restLines = refundLines(rest.gid());
        int refundedUnits = 1;
        for (JsonNode refundLine : restLines) {
            refundedUnits += refundLine.get("quantity").asInt();
        }
        assertThat(refundedUnits)
                .isEqualTo(order.lineItems().stream()
                        .mapToInt(StoreLineItem::quantity)
                        .sum());
        BigDecimal partialLineTotal = new BigDecimal(
                        shopAmount(partialLines.get(0).get("subtotalSet")))
                .add(new BigDecimal(shopAmount(partialLines.get(0).get("totalTaxSet"))));
        assertThat(partialLineTotal).isEqualByComparingTo(partial.amount());
    }

    @Test
    void answersNullForAnUnknownOrderOrRefundAndAnErrorForAMalformedId() {
        assertThat(api.run("Order", Map.of("id", "gid://shopify/Order/1"))
                        .data()
                        .get("order")
                        .isNull())
                .isTrue();
        assertThat(api.run("RefundLineItems", Map.of("id", "gid://shopify/Refund/1"))
                        .data()
                        .get("refund")
                        .isNull())
                .isTrue();
        AdminGraphql.Answer malformed = api.run("Order", Map.of("id", "820982911946154508"));
        assertThat(malformed.body().get("errors").get(0).get("message").asString())
                .contains("Invalid global id");
    }

    private JsonNode refundLines(String refundGid) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", refundGid);
        variables.put("after", null);
        JsonNode connection =
                api.run("RefundLineItems", variables).data().get("refund").get("refundLineItems");
        assertThat(connection.get("pageInfo").get("hasNextPage").asBoolean()).isFalse();
        return connection.get("nodes");
    }

    private static String shopAmount(JsonNode moneyBag) {
        return moneyBag.get("shopMoney").get("amount").asString();
    }
}
