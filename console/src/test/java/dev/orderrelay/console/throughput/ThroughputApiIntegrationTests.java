package dev.orderrelay.console.throughput;

import static dev.orderrelay.console.ConsoleApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.console.ConsoleApiClient;
import dev.orderrelay.console.ConsoleFixtures;
import dev.orderrelay.console.ConsoleIntegrationTest;
import dev.orderrelay.console.ConsoleTestStack;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ConsoleIntegrationTest
class ThroughputApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ShopRegistry shops;

    @Autowired
    ThroughputRows rows;

    private ConsoleApiClient viewer;
    private String shop;

    @BeforeEach
    void setUp() {
        viewer = ConsoleApiClient.as(port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD);
        shop = ConsoleFixtures.freshShop();
        shops.save(new ShopConfig(shop, ShopStatus.ACTIVE, Map.of(), List.of()));
    }

    @Test
    void answersTheMeasuredHoursOfTheWindowInTheDocumentedShapeWidenedToWholeHours() {
        rows.save(row("2026-11-20T07:00:00Z", 50, 0, 0, 50, 0, "20261120T080500Z-00000000", List.of()));
        rows.save(row(
                "2026-11-20T08:00:00Z",
                215,
                10,
                5,
                198,
                2,
                "20261120T090500Z-0a1b2c3d",
                List.of(
                        new DestinationThroughput("merchant-webhook", 200, 199, 0, 0),
                        new DestinationThroughput("analytics", 197, 196, 2, 1))));
        rows.save(row(
                "2026-11-20T10:00:00Z",
                3,
                2,
                1,
                0,
                0,
                "20261120T110500Z-4e5f6a7b",
                List.of(
                        new DestinationThroughput("merchant-webhook", 0, 0, 0, 0),
                        new DestinationThroughput("analytics", 0, 0, 0, 0))));
        rows.save(row("2026-11-20T11:00:00Z", 50, 0, 0, 50, 0, "20261120T120500Z-00000000", List.of()));

        HttpResponse<String> response =
                viewer.get("/api/shops/" + shop + "/throughput?from=2026-11-20T08:30:00Z&to=2026-11-20T10:30:00Z");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(json(ConsoleFixtures.forShop("throughput-view.json", shop)));
        assertThat(response.body()).contains("\"throughputBeforeRepair\":\"99.50\"");
    }

    @Test
    void answersOneHundredPercentForAnHourWithNothingEligible() {
        Instant hour = Instant.parse("2026-11-21T03:00:00Z");
        rows.save(new ThroughputRow(
                shop,
                hour,
                2,
                2,
                0,
                0,
                0,
                0,
                0,
                List.of(new DestinationThroughput("merchant-webhook", 0, 0, 0, 0)),
                true,
                hour.plus(Duration.ofMinutes(65)),
                "20261121T040500Z-1a2b3c4d"));

        JsonNode hours = json(viewer.get(throughput(hour, hour.plus(Duration.ofHours(1)))))
                .path("hours");

        assertThat(hours).hasSize(1);
        assertThat(hours.get(0).path("eligible").asInt()).isZero();
        JsonNode destination = hours.get(0).path("destinations").get(0);
        assertThat(destination.path("throughputBeforeRepair").isString()).isTrue();
        assertThat(destination.path("throughputBeforeRepair").asString()).isEqualTo("100.00");
        assertThat(destination.path("throughputAfterRepair").asString()).isEqualTo("100.00");
    }

    @Test
    void leavesOutHoursTheReconcilerHasNotMeasured() {
        Instant from = Instant.parse("2026-11-22T00:00:00Z");

        HttpResponse<String> response = viewer.get(throughput(from, from.plus(Duration.ofHours(6))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("hours").isArray()).isTrue();
        assertThat(json(response).path("hours")).isEmpty();
    }

    @Test
    void coversTheLastTwentyFourHoursEndingWithTheCurrentHourByDefault() {
        Instant currentHour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        // One hour ago and 22 hours ago stay inside the default window even if the hour turns during the test.
        rows.save(row(currentHour.minus(Duration.ofHours(22)), "22h-ago"));
        rows.save(row(currentHour.minus(Duration.ofHours(1)), "1h-ago"));
        rows.save(row(currentHour.minus(Duration.ofHours(25)), "25h-ago"));

        HttpResponse<String> response = viewer.get("/api/shops/" + shop + "/throughput");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = json(response);
        Instant from = Instant.parse(answer.path("from").asString());
        Instant to = Instant.parse(answer.path("to").asString());
        assertThat(Duration.between(from, to)).isEqualTo(Duration.ofHours(24));
        assertThat(to).isAfter(currentHour).isEqualTo(to.truncatedTo(ChronoUnit.HOURS));
        assertThat(answer.path("hours").findValuesAsString("runId")).containsExactly("22h-ago", "1h-ago");
    }

    @Test
    void refusesAQueryItCannotServeNamingTheParameter() {
        Map<String, String> queries = Map.of(
                "from=yesterday", "from",
                "to=2026-11-20", "to",
                "from=2026-11-20T10:00:00Z&to=2026-11-20T10:00:00Z", "to",
                "from=2026-11-20T10:00:00Z&to=2026-11-20T09:00:00Z", "to",
                "from=2026-10-01T00:00:00Z&to=2026-11-02T00:00:00Z", "from");

        queries.forEach((query, field) -> {
            HttpResponse<String> response = viewer.get("/api/shops/" + shop + "/throughput?" + query);

            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(response).path("code").asString()).isEqualTo("invalid-query");
            assertThat(json(response).path("errors").get(0).path("field").asString())
                    .as(query)
                    .isEqualTo(field);
            assertThat(json(response).path("detail").asString()).startsWith(field + ":");
        });
    }

    @Test
    void servesAWindowOfExactlyThirtyOneDays() {
        HttpResponse<String> response =
                viewer.get("/api/shops/" + shop + "/throughput?from=2026-10-01T00:00:00Z&to=2026-11-01T00:00:00Z");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void answersInvalidShopForAPathThatIsNotAShopDomain() {
        HttpResponse<String> response = viewer.get("/api/shops/shop.example.com/throughput");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asString()).isEqualTo("invalid-shop");
    }

    @Test
    void answersShopNotFoundForAShopWithoutConfiguration() {
        String unknown = ConsoleFixtures.freshShop();
        Instant hour = Instant.parse("2026-11-20T08:00:00Z");
        // Rows of a shop whose configuration is gone are not shown as if it were still configured.
        rows.save(new ThroughputRow(unknown, hour, 1, 0, 0, 1, 1, 1, 0, List.of(), true, hour, "orphan"));

        HttpResponse<String> response = viewer.get("/api/shops/" + unknown + "/throughput");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("code").asString()).isEqualTo("shop-not-found");
        assertThat(json(response).path("detail").asString()).contains(unknown);
    }

    private String throughput(Instant from, Instant to) {
        return "/api/shops/" + shop + "/throughput?from=" + from + "&to=" + to;
    }

    private ThroughputRow row(Instant hour, String runId) {
        return row(hour.toString(), 10, 0, 0, 10, 0, runId, List.of());
    }

    private ThroughputRow row(
            String hour,
            int source,
            int excluded,
            int pending,
            int received,
            int repaired,
            String runId,
            List<DestinationThroughput> destinations) {
        Instant start = Instant.parse(hour);
        int eligible = source - excluded - pending;
        return new ThroughputRow(
                shop,
                start,
                source,
                excluded,
                pending,
                eligible,
                received,
                received,
                repaired,
                destinations,
                true,
                start.plus(Duration.ofMinutes(65)),
                runId);
    }
}
