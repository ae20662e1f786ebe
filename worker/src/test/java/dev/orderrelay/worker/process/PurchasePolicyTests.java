package dev.orderrelay.worker.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.shopify.order.PurchasePolicy;
import dev.orderrelay.shopify.order.RestOrderParser;
import dev.orderrelay.shopify.order.ShopifyOrder;
import dev.orderrelay.worker.TestEnvelopes;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PurchasePolicyTests {

    private final RestOrderParser parser = new RestOrderParser();

    @Test
    void decidesAPurchaseWhenPaidOrAuthorizedUnderTheDefaultPolicy() {
        ShopifyOrder paid = parser.parse(TestEnvelopes.paidOrder());
        ShopifyOrder pending = parser.parse(TestEnvelopes.paidOrder().replace("\"paid\"", "\"pending\""));
        ShopifyOrder authorized = parser.parse(TestEnvelopes.paidOrder().replace("\"paid\"", "\"authorized\""));
        PurchasePolicy defaults = PurchasePolicy.from(Map.of());

        assertThat(defaults.isPurchase(paid)).isTrue();
        assertThat(defaults.isPurchase(authorized)).isTrue();
        assertThat(defaults.isPurchase(pending)).isFalse();
        assertThat(PurchasePolicy.from(Map.of("purchaseOn", "create")).isPurchase(pending))
                .isTrue();
    }

    @Test
    void keepsTestOrdersOutUnlessTheShopOptsIn() {
        ShopifyOrder test = parser.parse(TestEnvelopes.paidOrder().replace("\"test\":false", "\"test\":true"));

        assertThat(PurchasePolicy.from(Map.of()).isPurchase(test)).isFalse();
        assertThat(PurchasePolicy.from(Map.of("includeTestOrders", "true")).isPurchase(test))
                .isTrue();
    }
}
