package dev.orderrelay.local.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.claims.DeliveryState;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.orders.OrderRecord;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.ledger.throughput.DestinationThroughput;
import dev.orderrelay.ledger.throughput.ThroughputRow;
import dev.orderrelay.ledger.throughput.ThroughputRows;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The stores grid, a store's page and an order's page in a real browser, on the local run's simulated store and a
 * second store arranged with a gap: the gap must stand out where the demo store's reconciled hours read 100 %.
 */
class StoresBrowserIntegrationTests {

    @RegisterExtension
    static final ConsoleRunExtension RUN = new ConsoleRunExtension();

    private static final String DEMO = "demo.myshopify.com";
    private static final String GAPPED = "acme-outlet.myshopify.com";
    private static final Duration PIPELINE = Duration.ofMinutes(3);

    @Test
    void marksAStoresGapOnTheGridAndShowsTheStoreAndOrderPages() {
        Instant thisHour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        Instant gapHour = thisHour.minus(3, ChronoUnit.HOURS);
        arrangeGappedStore(thisHour, gapHour);
        OrderRecord delivered = awaitDemoOrderDeliveredEverywhere();

        try (Browser browser = Browser.open(RUN.run().baseUrl())) {
            browser.signIn("viewer", "viewer-password");

            // The demo store's first reconciliation lands within a minute or two: wait until its row shows one.
            await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
                browser.go("/console/stores");
                assertThat(measuredCells(browser, DEMO)).isNotEmpty();
            });

            WebElement gap = cell(browser, GAPPED, gapHour);
            assertThat(gap.getAttribute("class")).contains("pct").contains("loss");
            assertThat(gap.getText()).isEqualTo("97.50");
            assertThat(gap.getAttribute("title")).contains("analytics: 97.50 % after repair");
            assertThat(cell(browser, GAPPED, gapHour.minus(1, ChronoUnit.HOURS)).getAttribute("class"))
                    .contains("full");
            for (WebElement demoHour : measuredCells(browser, DEMO)) {
                // A reconciled (proven) hour of the demo store is complete after repair: the reconciler repaired
                // the webhooks the simulated store lost.
                if ("true".equals(demoHour.getAttribute("data-proven"))) {
                    assertThat(demoHour.getText()).isEqualTo("100");
                    assertThat(demoHour.getAttribute("class")).contains("full");
                }
            }
            assertThat(browser.driver().findElement(By.id("gap-summary")).getText())
                    .contains("have an hour short of 100 %");
            browser.screenshot("stores");

            browser.driver().findElement(By.linkText(DEMO)).click();
            browser.waitFor(By.cssSelector("#store-chart[data-rendered=true]"));
            assertThat(browser.driver().findElement(By.id("destinations")).getText())
                    .contains("demo-webhook", "ga4", "segment", "amplitude");
            assertThat(browser.driver().findElements(By.cssSelector("#recent-orders tr[data-order]")))
                    .isNotEmpty();
            browser.screenshot("store");

            browser.go("/console/orders?shop=" + DEMO + "&order="
                    + delivered.name().replace("#", "%23"));
            browser.waitFor(By.id("timeline"));
            assertThat(browser.path()).isEqualTo("/console/stores/" + DEMO + "/orders/" + delivered.orderId());
            assertThat(browser.driver().findElement(By.id("timeline")).getText())
                    .contains("Created at the source", "First seen, by", "Delivered purchase to demo-webhook");
            assertThat(browser.driver().findElements(By.cssSelector("#deliveries .state.DELIVERED")))
                    .hasSizeGreaterThanOrEqualTo(4);
            browser.screenshot("order");
        }
    }

    /** A second store whose analytics destination missed orders three hours ago, after repair too. */
    private static void arrangeGappedStore(Instant thisHour, Instant gapHour) {
        RUN.run()
                .bean(ShopRegistry.class)
                .save(new ShopConfig(
                        GAPPED,
                        ShopStatus.ACTIVE,
                        Map.of("purchaseOn", "paid"),
                        List.of(
                                new DestinationConfig(
                                        "merchant-webhook",
                                        "webhook",
                                        Map.of("url", "https://hooks.acme.example/orders"),
                                        "acme-webhook"),
                                new DestinationConfig(
                                        "analytics", "ga4", Map.of("measurementId", "G-ACME123"), "acme-ga4")),
                        "acme-shopify-admin"));
        ThroughputRows rows = RUN.run().bean(ThroughputRows.class);
        for (int ago = 23; ago >= 1; ago--) {
            Instant hour = thisHour.minus(ago, ChronoUnit.HOURS);
            int analytics = hour.equals(gapHour) ? 78 : 80;
            rows.save(new ThroughputRow(
                    GAPPED,
                    hour,
                    84,
                    2,
                    2,
                    80,
                    80,
                    80,
                    hour.equals(gapHour) ? 0 : 1,
                    List.of(
                            new DestinationThroughput("merchant-webhook", 80, hour.equals(gapHour) ? 80 : 79, 0, 0),
                            new DestinationThroughput(
                                    "analytics", analytics, analytics - 1, hour.equals(gapHour) ? 2 : 0, 0)),
                    !hour.equals(gapHour),
                    hour.plus(65, ChronoUnit.MINUTES),
                    "arranged-by-test"));
        }
    }

    /** An order of the demo store whose purchase reached every destination. */
    private static OrderRecord awaitDemoOrderDeliveredEverywhere() {
        OrderLedger orders = RUN.run().bean(OrderLedger.class);
        DeliveryClaims claims = RUN.run().bean(DeliveryClaims.class);
        return await().atMost(PIPELINE)
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> orders.recent(DEMO, Instant.now(), 2, 20).stream()
                                .filter(order -> order.name() != null && deliveredEverywhere(claims, order))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static boolean deliveredEverywhere(DeliveryClaims claims, OrderRecord order) {
        List<DeliveryRecord> purchases = claims.forOrder(order.shop(), order.orderId()).stream()
                .filter(delivery -> delivery.key().event().equals("purchase"))
                .toList();
        return purchases.size() == 4
                && purchases.stream().allMatch(delivery -> delivery.state() == DeliveryState.DELIVERED);
    }

    private static WebElement cell(Browser browser, String shop, Instant hour) {
        return browser.driver()
                .findElement(By.cssSelector("tr[data-shop='" + shop + "'] td[data-hour='" + hour + "']"));
    }

    private static List<WebElement> measuredCells(Browser browser, String shop) {
        return browser.driver().findElements(By.cssSelector("tr[data-shop='" + shop + "'] td.pct:not(.none)"));
    }
}
