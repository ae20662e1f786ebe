package dev.orderrelay.console.orders;

import static dev.orderrelay.console.ConsoleApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.console.ConsoleApiClient;
import dev.orderrelay.console.ConsoleFixtures;
import dev.orderrelay.console.ConsoleIntegrationTest;
import dev.orderrelay.console.ConsoleTestStack;
import dev.orderrelay.ledger.claims.Claim;
import dev.orderrelay.ledger.claims.ClaimResult;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.orders.OrderLedger;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConsoleIntegrationTest
class OrderApiIntegrationTests {

    /** Above 2^53: a JSON number would lose its last digits in JavaScript. */
    private static final String ORDER_ID = "820982911946154508";

    private static final Duration LEASE = Duration.ofMinutes(1);

    @LocalServerPort
    int port;

    @Autowired
    OrderLedger orders;

    @Autowired
    DeliveryClaims claims;

    private ConsoleApiClient viewer;
    private String shop;

    @BeforeEach
    void client() {
        viewer = ConsoleApiClient.as(port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD);
        shop = ConsoleFixtures.freshShop();
    }

    @Test
    void joinsTheOrderWithEachDeliveryAndKeepsIdsAsStrings() {
        orders.recordSeen(shop, ORDER_ID, "#1001", Instant.parse("2026-11-24T10:15:30Z"), "webhook");
        orders.markProcessed(shop, ORDER_ID);
        Claim webhook = registerAndClaim("merchant-webhook", "webhook", "purchase");
        claims.markDelivered(webhook);
        Claim ga4 = registerAndClaim("analytics", "ga4", "purchase");
        claims.park(ga4, "ga4 rejected the event: 400 invalid measurement id");
        Claim segment = registerAndClaim("cdp", "segment", "purchase");
        claims.release(segment, "segment answered 503; retrying");
        register("merchant-webhook", "webhook", "refund");

        HttpResponse<String> response = viewer.get("/api/shops/" + shop + "/orders/" + ORDER_ID);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(json(ConsoleFixtures.forShop("order-view.json", shop)));
        assertThat(response.body()).contains("\"orderId\":\"" + ORDER_ID + "\"");
    }

    @Test
    void showsAnOrderSeenButNotYetProcessedWithoutDeliveries() {
        orders.recordSeen(shop, ORDER_ID, "#1002", Instant.parse("2026-11-24T23:59:59Z"), "webhook");

        HttpResponse<String> response = viewer.get("/api/shops/" + shop + "/orders/" + ORDER_ID);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("state").asString()).isEqualTo("RECEIVED");
        assertThat(json(response).get("sourceCreatedAt").asString()).isEqualTo("2026-11-24T23:59:59Z");
        assertThat(json(response).get("deliveries").isEmpty()).isTrue();
    }

    @Test
    void answersOrderNotFoundForAnOrderTheLedgerDoesNotHold() {
        HttpResponse<String> response = viewer.get("/api/shops/" + shop + "/orders/" + ORDER_ID);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("code").asString()).isEqualTo("order-not-found");
    }

    @Test
    void answersInvalidShopForAPathThatIsNotAShopDomain() {
        HttpResponse<String> response = viewer.get("/api/shops/EXAMPLE/orders/" + ORDER_ID);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("code").asString()).isEqualTo("invalid-shop");
    }

    private Claim registerAndClaim(String destination, String kind, String event) {
        DeliveryKey key = register(destination, kind, event);
        ClaimResult result = claims.claim(key, LEASE);
        assertThat(result).isInstanceOf(ClaimResult.Claimed.class);
        return ((ClaimResult.Claimed) result).claim();
    }

    private DeliveryKey register(String destination, String kind, String event) {
        DeliveryKey key = new DeliveryKey(shop, ORDER_ID, destination, event);
        claims.register(key, kind, shop + ":" + ORDER_ID + ":" + event + ":" + destination);
        return key;
    }
}
