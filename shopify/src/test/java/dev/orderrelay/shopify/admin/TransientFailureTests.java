package dev.orderrelay.shopify.admin;

import static dev.orderrelay.shopify.admin.AdminApiStub.data;
import static dev.orderrelay.shopify.admin.AdminApiStub.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.http.Fault;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 5xx, connection failures and timeouts: retried with exponential back-off and jitter, within bounds. */
class TransientFailureTests {

    private static final OrderWindow HOUR = OrderWindow.hourStarting(Instant.parse("2026-11-24T10:00:00Z"));
    private static final String COUNT = "{\"ordersCount\": {\"count\": 7, \"precision\": \"EXACT\"}}";

    private final AdminApiStub shopify = AdminApiStub.start();
    private TestClients clients = new TestClients();

    @AfterEach
    void stop() {
        clients.close();
        shopify.close();
    }

    @Test
    void retries5xxWithGrowingBackOffThenSucceeds() {
        shopify.answerInTurn("OrdersCount", json(503, "unavailable"), json(500, "{}"), json(502, ""), data(COUNT));

        assertThat(clients.client(shopify).ordersCount(HOUR).count()).isEqualTo(7);

        // 500 ms doubled per failure, half of it fixed and half jittered (jitter fixed at 0.5 here).
        assertThat(clients.sleeper.waits())
                .containsExactly(Duration.ofMillis(375), Duration.ofMillis(750), Duration.ofMillis(1500));
    }

    @Test
    void givesUpAfterTheConfiguredAttemptsNamingTheShopAndTheLastFailure() {
        shopify.answer("OrdersCount", json(503, "unavailable"));

        assertThatThrownBy(() -> clients.client(shopify).ordersCount(HOUR))
                .isInstanceOf(ShopifyUnavailableException.class)
                .hasMessageContaining("OrdersCount for shop acme.myshopify.com after 4 attempts (last: HTTP 503)")
                .hasMessageContaining("make the request again later");
        assertThat(shopify.requests("OrdersCount")).hasSize(4);
    }

    @Test
    void retriesAConnectionDroppedMidAnswer() {
        shopify.answerInTurn(
                "OrdersCount",
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                data(COUNT));

        assertThat(clients.client(shopify).ordersCount(HOUR).count()).isEqualTo(7);
        assertThat(clients.sleeper.waits()).hasSize(1);
    }

    @Test
    void givesUpOnAShopNobodyAnswersFor() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ShopifyShop nowhere = new ShopifyShop(
                AdminApiStub.SHOP, URI.create("http://127.0.0.1:" + closedPort), AdminApiStub.TOKEN_REFERENCE);

        assertThatThrownBy(() -> clients.clients.forShop(nowhere).ordersCount(HOUR))
                .isInstanceOf(ShopifyUnavailableException.class)
                .hasMessageContaining("after 4 attempts (last: connection failed");
    }

    @Test
    void retriesARequestThatTimesOutThenGivesUpNamingTheTimeout() {
        clients.close();
        clients = new TestClients(
                ShopifyAdminSettings.defaults()
                        .withRequestTimeout(Duration.ofMillis(200))
                        .withAttempts(2, 10),
                shop -> ShopifyAccessToken.of(TestClients.ACCESS_TOKEN));
        shopify.answer("OrdersCount", data(COUNT).withFixedDelay(2000));

        long started = System.nanoTime();
        assertThatThrownBy(() -> clients.client(shopify).ordersCount(HOUR))
                .isInstanceOf(ShopifyUnavailableException.class)
                .hasMessageContaining("after 2 attempts (last: no answer within PT0.2S)");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1900));
        // WireMock journals a request once it has answered it: the abandoned second one answers after its delay.
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(shopify.requests("OrdersCount")).hasSize(2));
    }

    @Test
    void succeedsWhenTheRetryAnswersInTime() {
        clients.close();
        clients = new TestClients(
                ShopifyAdminSettings.defaults().withRequestTimeout(Duration.ofMillis(300)),
                shop -> ShopifyAccessToken.of(TestClients.ACCESS_TOKEN));
        shopify.answerInTurn("OrdersCount", data(COUNT).withFixedDelay(2000), data(COUNT));

        assertThat(clients.client(shopify).ordersCount(HOUR).count()).isEqualTo(7);
    }
}
