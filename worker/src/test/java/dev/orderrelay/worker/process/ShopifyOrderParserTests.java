package dev.orderrelay.worker.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventJson;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShopifyOrderParserTests {

    private final ShopifyOrderParser parser = new ShopifyOrderParser();

    @Test
    void readsTheOrderWithIdsAboveTwoToTheFiftyThirdExact() throws IOException {
        ShopifyOrder order = parser.parse(fixture("orders-paid.json"));

        assertThat(order.id()).isEqualTo("820982911946154508");
        assertThat(order.name()).isEqualTo("#1001");
        assertThat(order.createdAt()).isEqualTo(Instant.parse("2026-11-24T10:15:30Z"));
        assertThat(order.financialStatus()).isEqualTo("paid");
        assertThat(order.totalPrice()).isEqualByComparingTo(new BigDecimal("29.97"));
        assertThat(order.lineItems()).hasSize(2);
        assertThat(order.lineItems().get(1).id()).isEqualTo("9007199254740993");
        assertThat(order.lineItems().get(1).productId()).isNull();
        assertThat(order.lineItems().get(0).title()).isEqualTo("Crème brûlée");
    }

    @Test
    void leavesCustomerDataOutOfTheEventPayload() throws IOException {
        String payload = OrderEventPayload.purchase("demo.myshopify.com", parser.parse(fixture("orders-paid.json")))
                .toString();

        assertThat(payload).doesNotContain("jon@example.com").doesNotContain("Jon");
        assertThat(payload).contains("\"orderId\":\"820982911946154508\"").contains("\"total\":\"29.97\"");
    }

    @Test
    void derivesRevenueDiscountsShippingAndLinesOfAGuestsDiscountedOrderWithTaxIncluded() throws IOException {
        OrderEvent event = OrderEventPayload.purchaseEvent(
                "demo.myshopify.com", parser.parse(fixture("orders-paid-discounted-guest.json")));

        assertThat(event.orderId()).isEqualTo("5820982911946154508");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-24T10:15:30Z"));
        assertThat(event.orderCreatedAt()).isEqualTo(Instant.parse("2026-11-24T10:15:29Z"));
        assertThat(event.currency()).isEqualTo("EUR");
        // 58.80 after discounts, tax included: 7.50 + 0.70 of it is the lines' tax.
        assertThat(event.value()).isEqualByComparingTo("50.60");
        assertThat(event.total()).isEqualByComparingTo("63.70");
        assertThat(event.tax()).isEqualByComparingTo("10.19");
        assertThat(event.shipping()).isEqualByComparingTo("4.90");
        assertThat(event.discount()).isEqualByComparingTo("5.49");
        assertThat(event.coupon()).isEqualTo("AUTUMN10");
        assertThat(event.sourceName()).isEqualTo("web");
        assertThat(event.identity().customerId()).isNull();
        assertThat(event.items()).hasSize(2);
        assertThat(event.items().get(0).discount()).isEqualByComparingTo("5.00");
        assertThat(event.items().get(0).brand()).isEqualTo("Northwind");
        assertThat(event.items().get(0).variant()).isEqualTo("Black / M");
        assertThat(event.items().get(1).productId()).isNull();
        assertThat(event.items().get(1).name()).isEqualTo("Gift engraving");
        assertThat(OrderEventJson.write(event))
                .doesNotContain("ada.lovelace@example.com")
                .doesNotContain("Lovelace")
                .doesNotContain("St James");
    }

    @Test
    void namesWhatIsWrongWithAPayloadItCannotRead() {
        assertThatThrownBy(() -> parser.parse("{\"id\": 820982911946154508, \"line_items\": ["))
                .isInstanceOf(UnprocessablePayloadException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> parser.parse("[1,2]")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> parser.parse("{\"id\":\"abc\"}")).hasMessageContaining("'id'");
        assertThatThrownBy(() -> parser.parse(
                        "{\"id\":1,\"name\":\"#1\",\"created_at\":\"yesterday\",\"financial_status\":\"paid\"}"))
                .hasMessageContaining("'created_at'");
    }

    @Test
    void decidesAPurchaseWhenPaidOrAuthorizedUnderTheDefaultPolicy() throws IOException {
        ShopifyOrder paid = parser.parse(fixture("orders-paid.json"));
        ShopifyOrder pending = parser.parse(fixture("orders-paid.json").replace("\"paid\"", "\"pending\""));
        ShopifyOrder authorized = parser.parse(fixture("orders-paid.json").replace("\"paid\"", "\"authorized\""));
        PurchasePolicy defaults = PurchasePolicy.from(Map.of());

        assertThat(defaults.isPurchase(paid)).isTrue();
        assertThat(defaults.isPurchase(authorized)).isTrue();
        assertThat(defaults.isPurchase(pending)).isFalse();
        assertThat(PurchasePolicy.from(Map.of("purchaseOn", "create")).isPurchase(pending))
                .isTrue();
    }

    @Test
    void keepsTestOrdersOutUnlessTheShopOptsIn() throws IOException {
        ShopifyOrder test = parser.parse(fixture("orders-paid.json").replace("\"test\":false", "\"test\":true"));

        assertThat(PurchasePolicy.from(Map.of()).isPurchase(test)).isFalse();
        assertThat(PurchasePolicy.from(Map.of("includeTestOrders", "true")).isPurchase(test))
                .isTrue();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = ShopifyOrderParserTests.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
