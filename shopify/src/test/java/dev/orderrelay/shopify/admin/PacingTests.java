package dev.orderrelay.shopify.admin;

import static dev.orderrelay.shopify.admin.AdminApiStub.data;
import static dev.orderrelay.shopify.admin.AdminApiStub.throttled;
import static dev.orderrelay.shopify.admin.OrderListingTests.created;
import static dev.orderrelay.shopify.admin.OrderListingTests.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pacing from {@code throttleStatus} and THROTTLED answers; the recording sleeper shows every wait. */
class PacingTests {

    private static final OrderWindow HOUR = OrderWindow.hourStarting(Instant.parse("2026-11-24T10:00:00Z"));

    private final AdminApiStub shopify = AdminApiStub.start();
    private TestClients clients = new TestClients();

    @AfterEach
    void stop() {
        clients.close();
        shopify.close();
    }

    @Test
    void waitsUntilTheBucketHoldsTheRequestedCostOfTheNextPage() {
        // 752 requested, 100 left, 100 restored per second: the next page waits (752 - 100) / 100 = 6.52 s.
        shopify.answer("OrdersCreated", data(page("c1", true, created("1", "#1")), 752, 100));
        shopify.answerAfter("OrdersCreated", "c1", data(page("c2", false, created("2", "#2")), 752, 1400));

        clients.client(shopify).ordersCreated(HOUR);

        assertThat(clients.sleeper.waits()).containsExactly(Duration.ofMillis(6520));
    }

    @Test
    void doesNotWaitWhileTheBucketHoldsEnough() {
        shopify.answer("OrdersCreated", data(page("c1", true, created("1", "#1")), 752, 1248));
        shopify.answerAfter("OrdersCreated", "c1", data(page("c2", false, created("2", "#2")), 752, 496));

        clients.client(shopify).ordersCreated(HOUR);

        assertThat(clients.sleeper.waits()).isEmpty();
    }

    @Test
    void countsThePointsRestoredSinceTheLastAnswer() {
        shopify.answer("OrdersCreated", data(page(null, false), 752, 100));
        ShopifyAdminClient client = clients.client(shopify);
        client.ordersCreated(HOUR);

        clients.clock.advance(Duration.ofSeconds(4)); // 100 + 4 x 100 = 500 available: 252 points short
        client.ordersCreated(HOUR);

        assertThat(clients.sleeper.waits()).containsExactly(Duration.ofMillis(2520));
    }

    @Test
    void assumesTheConfiguredCostForADocumentThatHasNotRunYet() {
        // OrdersCount has not run against this shop: its cost is taken as 1000, and 300 are available.
        shopify.answer("OrdersCreated", data(page(null, false), 752, 300));
        shopify.answer("OrdersCount", data("{\"ordersCount\": {\"count\": 3, \"precision\": \"EXACT\"}}", 3, 1997));
        ShopifyAdminClient client = clients.client(shopify);
        client.ordersCreated(HOUR);

        client.ordersCount(HOUR);

        assertThat(clients.sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void sharesOneBucketBetweenClientsOfTheSameShop() {
        shopify.answer("OrdersCreated", data(page(null, false), 752, 100));
        clients.client(shopify).ordersCreated(HOUR);

        clients.client(shopify).ordersCreated(HOUR);

        assertThat(clients.sleeper.waits()).containsExactly(Duration.ofMillis(6520));
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 429})
    void waitsForTheMissingPointsAfterThrottledThenSucceeds(int status) {
        shopify.answerInTurn(
                "OrdersCreated", throttled(status, 752, 52), data(page(null, false, created("1", "#1")), 752, 0));

        assertThat(clients.client(shopify).ordersCreated(HOUR)).hasSize(1);

        // (752 requested - 52 available) / 100 per second, then the request is made again.
        assertThat(clients.sleeper.waits()).containsExactly(Duration.ofSeconds(7));
        assertThat(shopify.requests("OrdersCreated")).hasSize(2);
    }

    @Test
    void givesUpWhenStillThrottledAfterTheConfiguredAttempts() {
        clients.close();
        clients = new TestClients(
                ShopifyAdminSettings.defaults().withAttempts(4, 3), shop -> ShopifyAccessToken.of("shpat_x"));
        shopify.answer("OrdersCreated", throttled(200, 752, 0));

        assertThatThrownBy(() -> clients.client(shopify).ordersCreated(HOUR))
                .isInstanceOf(ShopifyUnavailableException.class)
                .hasMessageContaining("still throttled OrdersCreated for shop acme.myshopify.com after 3 attempts")
                .satisfies(e ->
                        assertThat(((ShopifyAdminException) e).retryLater()).isTrue());
        assertThat(shopify.requests("OrdersCreated")).hasSize(3);
        assertThat(clients.sleeper.waits()).allSatisfy(wait -> assertThat(wait).isEqualTo(Duration.ofMillis(7520)));
    }

    @Test
    void backsOffOnA429WithoutACostAndHonoursRetryAfter() {
        shopify.answerInTurn(
                "OrdersCount",
                AdminApiStub.json(429, "Too Many Requests").withHeader("Retry-After", "2.0"),
                data("{\"ordersCount\": {\"count\": 0, \"precision\": \"EXACT\"}}"));

        assertThat(clients.client(shopify).ordersCount(HOUR).count()).isZero();

        assertThat(clients.sleeper.waits()).containsExactly(Duration.ofSeconds(2));
    }
}
