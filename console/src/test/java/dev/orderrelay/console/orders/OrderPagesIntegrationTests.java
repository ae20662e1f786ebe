package dev.orderrelay.console.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.console.ConsoleFixtures;
import dev.orderrelay.console.ConsoleIntegrationTest;
import dev.orderrelay.console.ConsoleTestStack;
import dev.orderrelay.console.PageSession;
import dev.orderrelay.ledger.claims.Claim;
import dev.orderrelay.ledger.claims.ClaimResult;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConsoleIntegrationTest
class OrderPagesIntegrationTests {

    /** Above 2^53, as Shopify's are. */
    private static final String ORDER_ID = "5820982911946154508";

    @LocalServerPort
    int port;

    @Autowired
    ShopRegistry shops;

    @Autowired
    OrderLedger orders;

    @Autowired
    DeliveryClaims claims;

    @Autowired
    ParkedEvents parked;

    private PageSession viewer;
    private String shop;

    @BeforeEach
    void setUp() {
        viewer = PageSession.signedIn(port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD);
        shop = ConsoleFixtures.freshShop();
        shops.save(new ShopConfig(shop, ShopStatus.ACTIVE, Map.of(), List.of()));
        orders.recordSeen(shop, ORDER_ID, "#1001", Instant.parse("2026-11-24T10:15:30Z"), "eventbridge");
        orders.markProcessed(shop, ORDER_ID);
    }

    @Test
    void findsAnOrderByItsNameWithOrWithoutTheSignAndByItsId() {
        String page = "/console/stores/" + shop + "/orders/" + ORDER_ID;

        assertThat(redirect(viewer.get("/console/orders?shop=" + shop + "&order=%231001")))
                .isEqualTo(page);
        assertThat(redirect(viewer.get("/console/orders?shop=" + shop + "&order=1001")))
                .isEqualTo(page);
        assertThat(redirect(viewer.get("/console/orders?shop=" + shop + "&order=+" + ORDER_ID + "+")))
                .isEqualTo(page);
    }

    @Test
    void saysSoWith404WhenNoOrderMatches() {
        HttpResponse<String> page = viewer.get("/console/orders?shop=" + shop + "&order=%239999");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("id=\"no-order\"").contains("No order #9999 of " + shop);
    }

    @Test
    void answersALookupInAnUnknownShopWith404() {
        HttpResponse<String> page = viewer.get("/console/orders?shop=" + ConsoleFixtures.freshShop() + "&order=1001");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("shop-not-found");
    }

    @Test
    void showsTheEmptyFormToAViewer() {
        HttpResponse<String> page = viewer.get("/console/orders");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"order-lookup\"").doesNotContain("id=\"no-order\"");
    }

    @Test
    void showsTheOrdersTimelineDeliveriesAndDeadLetters() {
        Claim webhook = registerAndClaim("merchant-webhook", "webhook", "purchase");
        claims.markDelivered(webhook);
        Claim ga4 = registerAndClaim("analytics", "ga4", "purchase");
        claims.park(ga4, "ga4 rejected the event: 400 invalid measurement id");
        orders.markRepaired(shop, ORDER_ID);
        ParkedEvent deadLetter = parked.park(new ParkedEvents.Parking(
                shop,
                ParkedStage.DELIVER,
                "analytics",
                ORDER_ID,
                null,
                "ga4 rejected the event: 400 invalid measurement id; fix the measurement id, then replay",
                3,
                "{\"customer\":{\"email\":\"ada@example.com\"}}"));
        parked.park(new ParkedEvents.Parking(
                shop, ParkedStage.DELIVER, "analytics", "5820982911946154599", null, "another order", 1, "{}"));

        HttpResponse<String> page = viewer.get("/console/stores/" + shop + "/orders/" + ORDER_ID);

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html)
                .contains("#1001", ORDER_ID)
                .contains("Created at the source", "First seen, by Amazon EventBridge", "Processed")
                .contains("Delivered purchase to merchant-webhook (webhook)")
                .contains("Sent back through the pipeline by the reconciler")
                .contains("Parked for analytics")
                .contains("ga4 rejected the event: 400 invalid measurement id")
                .contains("data-dead-letter=\"" + deadLetter.id() + "@" + shop + "\"")
                .doesNotContain("another order")
                .doesNotContain("ada@example.com")
                .as("the dead letter's detail is support's: no link for a viewer")
                .doesNotContain("/console/dead-letters/" + deadLetter.id());
        assertThat(html.indexOf("Created at the source")).isLessThan(html.indexOf("First seen"));

        String asSupport = PageSession.signedIn(port, ConsoleTestStack.SUPPORT, ConsoleTestStack.SUPPORT_PASSWORD)
                .get("/console/stores/" + shop + "/orders/" + ORDER_ID)
                .body();
        assertThat(asSupport).contains("/console/dead-letters/" + deadLetter.id() + "@" + shop);
    }

    @Test
    void answersAnUnknownOrderWithTheProblemPageAnd404() {
        HttpResponse<String> page = viewer.get("/console/stores/" + shop + "/orders/404404404");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("order-not-found");
    }

    private static String redirect(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("a redirect to the order").isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private Claim registerAndClaim(String destination, String kind, String event) {
        DeliveryKey key = new DeliveryKey(shop, ORDER_ID, destination, event);
        claims.register(key, kind, "key-" + destination + "-" + event);
        ClaimResult result = claims.claim(key, Duration.ofMinutes(1));
        assertThat(result).isInstanceOf(ClaimResult.Claimed.class);
        return ((ClaimResult.Claimed) result).claim();
    }
}
