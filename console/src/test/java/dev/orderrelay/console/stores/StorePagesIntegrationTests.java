package dev.orderrelay.console.stores;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.console.ConsoleFixtures;
import dev.orderrelay.console.ConsoleIntegrationTest;
import dev.orderrelay.console.ConsoleTestStack;
import dev.orderrelay.console.PageSession;
import dev.orderrelay.ledger.breakers.BreakerBoard;
import dev.orderrelay.ledger.breakers.BreakerState;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.ledger.throughput.DestinationThroughput;
import dev.orderrelay.ledger.throughput.ThroughputRow;
import dev.orderrelay.ledger.throughput.ThroughputRows;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConsoleIntegrationTest
class StorePagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ShopRegistry shops;

    @Autowired
    ThroughputRows rows;

    @Autowired
    OrderLedger orders;

    @Autowired
    ParkedEvents parked;

    @Autowired
    BreakerBoard breakers;

    private final Instant thisHour = Instant.now().truncatedTo(ChronoUnit.HOURS);
    private PageSession viewer;
    private String shop;

    @BeforeEach
    void setUp() {
        viewer = PageSession.signedIn(port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD);
        // Digits sort before every letter: the shop is on the grid's first page whatever else the context holds.
        shop = "000-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";
        shops.save(new ShopConfig(
                shop,
                ShopStatus.ACTIVE,
                Map.of("purchaseOn", "paid"),
                List.of(
                        new DestinationConfig(
                                "merchant-webhook", "webhook", Map.of("url", "https://hooks.example.com"), "hook-ref"),
                        new DestinationConfig("analytics", "ga4", Map.of("measurementId", "G-1"), "ga4-ref")),
                "admin-token-ref"));
    }

    @Test
    void colorsEachHourByItsWorstDestinationAfterRepairSoGapsStandOut() {
        rows.save(row(hours(4), 200, 200, 199));
        rows.save(row(hours(3), 200, 200, 200));
        rows.save(row(hours(2), 200, 197, 200));
        rows.save(row(hours(1), 0, 0, 0));

        HttpResponse<String> page = viewer.get("/console/stores");

        assertThat(page.statusCode()).isEqualTo(200);
        String row = storeRow(page.body(), shop);
        assertThat(cell(row, hours(4))).containsEntry("class", "pct gap").containsEntry("text", "99.50");
        assertThat(cell(row, hours(3))).containsEntry("class", "pct full").containsEntry("text", "100");
        assertThat(cell(row, hours(2))).containsEntry("class", "pct loss").containsEntry("text", "98.50");
        assertThat(cell(row, hours(2)).get("title"))
                .contains("merchant-webhook: 98.50 % after repair")
                .contains("analytics: 100.00 % after repair");
        assertThat(cell(row, hours(1))).as("nothing eligible").containsEntry("class", "pct none");
        assertThat(cell(row, hours(5))).as("not reconciled").containsEntry("class", "pct none");
        assertThat(row).containsPattern("data-hour=\"[^\"]+\"").doesNotContain("data-hour=\"" + hours(24) + "\"");
        assertThat(page.body()).contains("id=\"gap-summary\"");
    }

    @Test
    void showsWhichDestinationsABreakerHoldsBack() {
        String worker = "w-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        breakers.report(
                new BreakerState(worker, "target/webhook/" + shop + "/merchant-webhook", "OPEN", now, now),
                Duration.ofMinutes(2));
        try {
            String html = viewer.get("/console/stores/" + shop).body();

            assertThat(destinationRow(html, "merchant-webhook"))
                    .contains("OPEN")
                    .contains("breaker of this destination");
            assertThat(destinationRow(html, "analytics")).contains("flowing").doesNotContain("breaker of");
        } finally {
            breakers.closed(worker, "target/webhook/" + shop + "/merchant-webhook");
        }
    }

    private static String destinationRow(String html, String destination) {
        int start = html.indexOf("data-destination=\"" + destination + "\"");
        assertThat(start).as("row of %s", destination).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void showsAStoresChartConfigurationOpenDeadLettersAndRecentOrders() {
        rows.save(row(hours(2), 200, 197, 200));
        orders.recordSeen(shop, "5820982911946154508", "#1001", thisHour.plusSeconds(5), "webhook");
        orders.markProcessed(shop, "5820982911946154508");
        orders.recordSeen(shop, "5820982911946154509", "#1002", thisHour.plusSeconds(9), "reconciler");
        parkFor("merchant-webhook", "5820982911946154508");
        parkFor("merchant-webhook", "5820982911946154509");
        parked.park(new ParkedEvents.Parking(shop, ParkedStage.PROCESS, null, null, "w-1", "unreadable", 1, "{}"));

        HttpResponse<String> page = viewer.get("/console/stores/" + shop + "?hours=72");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html)
                .contains("hook-ref", "ga4-ref", "admin-token-ref", "purchaseOn")
                .doesNotContain("https://hooks.example.com")
                .contains("data-chart=\"{&quot;labels&quot;:[")
                .contains("&quot;name&quot;:&quot;merchant-webhook&quot;,&quot;delivered&quot;:[");
        assertThat(Pattern.compile("&quot;labels&quot;:\\[([^\\]]*)\\]").matcher(html))
                .satisfies(labels -> {
                    assertThat(labels.find()).isTrue();
                    assertThat(labels.group(1).split(",")).as("72 hours").hasSize(72);
                });
        assertThat(section(html, "data-destination=\"merchant-webhook\"")).contains(">2</a>");
        assertThat(section(html, "data-destination=\"analytics\"")).contains(">0</span>");
        assertThat(html).contains("id=\"open-process\">1<");
        assertThat(html.indexOf("#1002")).as("newest first").isLessThan(html.indexOf("#1001"));
        assertThat(html).contains("/console/stores/" + shop + "/orders/5820982911946154508");
        assertThat(html).contains("98.50 %");
    }

    @Test
    void answersAnUnknownStoreWithTheProblemPageAnd404() {
        HttpResponse<String> page = viewer.get("/console/stores/" + ConsoleFixtures.freshShop());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("shop-not-found");
    }

    @Test
    void answersAMalformedStoreWith400() {
        HttpResponse<String> page = viewer.get("/console/stores/not-a-shop");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("invalid-shop");
    }

    @Test
    void sendsAnAnonymousVisitorToSignIn() {
        HttpResponse<String> page = PageSession.anonymous(port).get("/console/stores");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/console/sign-in"));
    }

    private String hours(int ago) {
        return thisHour.minus(ago, ChronoUnit.HOURS).toString();
    }

    private ThroughputRow row(String hour, int eligible, int webhookDelivered, int analyticsDelivered) {
        return new ThroughputRow(
                shop,
                Instant.parse(hour),
                eligible + 2,
                2,
                0,
                eligible,
                eligible,
                eligible,
                3,
                List.of(
                        new DestinationThroughput(
                                "merchant-webhook", webhookDelivered, Math.max(0, webhookDelivered - 3), 1, 0),
                        new DestinationThroughput(
                                "analytics", analyticsDelivered, Math.max(0, analyticsDelivered - 3), 0, 0)),
                false,
                Instant.now(),
                "run-1");
    }

    private void parkFor(String destination, String orderId) {
        parked.park(new ParkedEvents.Parking(
                shop, ParkedStage.DELIVER, destination, orderId, null, "HTTP 400: bad field", 3, "{}"));
    }

    /** The grid's row of {@code shop}. */
    static String storeRow(String html, String shop) {
        Matcher row = Pattern.compile("<tr data-shop=\"" + Pattern.quote(shop) + "\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(row.find()).as("a grid row for " + shop).isTrue();
        return row.group(1);
    }

    /** The class, title and text of the row's cell for {@code hour}. */
    static Map<String, String> cell(String row, String hour) {
        Matcher cell = Pattern.compile("<td([^>]*data-hour=\"" + Pattern.quote(hour) + "\"[^>]*)>([^<]*)</td>")
                .matcher(row);
        assertThat(cell.find()).as("a cell for " + hour).isTrue();
        return Map.of(
                "class", attribute(cell.group(1), "class"),
                "title", attribute(cell.group(1), "title"),
                "text", cell.group(2).strip());
    }

    private static String attribute(String attributes, String name) {
        Matcher value = Pattern.compile(name + "=\"([^\"]*)\"").matcher(attributes);
        return value.find() ? value.group(1) : "";
    }

    private static String section(String html, String marker) {
        int start = html.indexOf(marker);
        assertThat(start).as(marker).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
