package dev.orderrelay.shopify.admin;

import static dev.orderrelay.shopify.admin.AdminApiStub.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Refusals that no retry can fix fail at once, saying what to do. */
class RejectionTests {

    private static final OrderWindow HOUR = OrderWindow.hourStarting(Instant.parse("2026-11-24T10:00:00Z"));

    private final AdminApiStub shopify = AdminApiStub.start();
    private final AtomicInteger renewals = new AtomicInteger();
    private final TestClients clients = new TestClients(ShopifyAdminSettings.defaults(), new AccessTokens() {
        @Override
        public ShopifyAccessToken tokenFor(ShopifyShop shop) {
            return ShopifyAccessToken.of(TestClients.ACCESS_TOKEN);
        }

        @Override
        public boolean renewAfterRejection(ShopifyShop shop, ShopifyAccessToken rejected) {
            renewals.incrementAndGet();
            return false;
        }
    });

    @AfterEach
    void stop() {
        clients.close();
        shopify.close();
    }

    @Test
    void doesNotRetryA401AndNamesTheShopAndTheTokenReference() {
        shopify.answer(
                "OrdersCount",
                json(
                        401,
                        "{\"errors\": \"[API] Invalid API key or access token (unrecognized login or wrong password)\"}"));

        assertThatThrownBy(() -> clients.client(shopify).ordersCount(HOUR))
                .isInstanceOfSatisfying(ShopifyRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.shop()).isEqualTo("acme.myshopify.com");
                    assertThat(e.retryLater()).isFalse();
                })
                .hasMessageContaining("refused the access token of shop acme.myshopify.com")
                .hasMessageContaining("reference '" + AdminApiStub.TOKEN_REFERENCE + "'")
                .hasMessageNotContaining(TestClients.ACCESS_TOKEN);
        assertThat(shopify.requests("OrdersCount")).hasSize(1);
        assertThat(renewals).hasValue(1);
        assertThat(clients.sleeper.waits()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "402, the shop is frozen",
        "403, lacks an access scope",
        "404, API version 2026-10 is still supported",
        "423, Shopify has locked the shop",
        "400, not retried"
    })
    void doesNotRetryOther4xxAndSaysWhatToDo(int status, String advice) {
        shopify.answer("OrdersCount", json(status, "{\"errors\": \"nope\"}"));

        assertThatThrownBy(() -> clients.client(shopify).ordersCount(HOUR))
                .isInstanceOfSatisfying(
                        ShopifyRejectedException.class,
                        e -> assertThat(e.status()).isEqualTo(status))
                .hasMessageContaining("shop acme.myshopify.com")
                .hasMessageContaining("HTTP " + status)
                .hasMessageContaining(advice);
        assertThat(shopify.requests("OrdersCount")).hasSize(1);
    }

    @Test
    void surfacesGraphqlErrorsNamingTheShopTheDocumentAndTheFirstMessage() {
        shopify.answer("OrdersCreated", json(200, """
                        {"errors": [{"message": "Field 'sourceNam' doesn't exist on type 'Order'",
                                     "locations": [{"line": 3, "column": 5}],
                                     "extensions": {"code": "undefinedField"}},
                                    {"message": "a second problem"}]}"""));

        assertThatThrownBy(() -> clients.client(shopify).ordersCreated(HOUR))
                .isInstanceOfSatisfying(ShopifyGraphqlException.class, e -> {
                    assertThat(e.document()).isEqualTo("OrdersCreated");
                    assertThat(e.code()).isEqualTo("undefinedField");
                    assertThat(e.retryLater()).isFalse();
                })
                .hasMessageContaining("GraphQL document OrdersCreated for shop acme.myshopify.com")
                .hasMessageContaining("Field 'sourceNam' doesn't exist on type 'Order'")
                .hasMessageNotContaining("a second problem");
        assertThat(shopify.requests("OrdersCreated")).hasSize(1);
    }

    @Test
    void reportsMaxCostExceededAsABugInTheDocument() {
        shopify.answer("OrdersUpdated", json(200, """
                {"errors": [{"message": "Query cost is 1002, which exceeds the single query max cost limit (1000).",
                             "extensions": {"code": "MAX_COST_EXCEEDED", "cost": 1002, "maxCost": 1000}}]}"""));

        assertThatThrownBy(() -> clients.client(shopify).ordersUpdated(HOUR))
                .isInstanceOfSatisfying(
                        ShopifyGraphqlException.class,
                        e -> assertThat(e.code()).isEqualTo(ShopifyGraphqlException.MAX_COST_EXCEEDED))
                .hasMessageContaining("OrdersUpdated costs more than Shopify allows in one query")
                .hasMessageContaining("Query cost is 1002")
                .hasMessageContaining("bug in order-relay's document");
        assertThat(shopify.requests("OrdersUpdated")).hasSize(1);
    }
}
