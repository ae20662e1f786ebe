package dev.orderrelay.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Something real behind every path variable the console's routes take, so a walk over the routes reaches their
 * ledger reads instead of stopping at "not found": a shop with one parked delivery, a replay job, a reconciliation
 * run. Ids that need no data (an order, a data request) are ones nobody made; the route still looks them up by key.
 *
 * @param shop a configured shop with one parked delivery
 * @param deadLetter that delivery's id, as the API shows it
 * @param replayJob a replay job (of another shop's nothing, so the dead letter stays parked)
 * @param reconciliation a requested reconciliation run, or an unknown id if the queue was full
 */
public record RouteFixture(String shop, String deadLetter, String replayJob, String reconciliation) {

    public static final String ORDER_ID = "820982911946154508";
    public static final String DATA_REQUEST_ID = "4242";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    /** Creates the fixture through the ledger and the API itself. */
    public static RouteFixture create(int port, ShopRegistry registry, ParkedEvents parked) {
        String shop = ConsoleFixtures.freshShop();
        registry.save(new ShopConfig(shop, ShopStatus.ACTIVE, Map.of(), List.of()));
        parked.park(new ParkedEvents.Parking(
                shop,
                ParkedStage.DELIVER,
                "merchant-webhook",
                ORDER_ID,
                null,
                "HTTP 422 from destination: unknown field",
                3,
                ConsoleFixtures.forShop("delivery-message.json", shop).replace("{{orderId}}", ORDER_ID)));
        ConsoleApiClient support =
                ConsoleApiClient.as(port, ConsoleTestStack.SUPPORT, ConsoleTestStack.SUPPORT_PASSWORD);
        String deadLetter = ConsoleApiClient.json(support.get("/api/dead-letters?shop=" + shop))
                .get("deadLetters")
                .get(0)
                .get("id")
                .asString();
        HttpResponse<String> job = support.post("/api/dead-letters/replay?shop=" + ConsoleFixtures.freshShop());
        assertThat(job.statusCode()).as(job.body()).isEqualTo(202);
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        HttpResponse<String> run = support.post(
                "/api/reconciliations",
                "{\"shop\": \"" + shop + "\", \"from\": \"" + hour.minus(2, ChronoUnit.HOURS) + "\", \"to\": \""
                        + hour.minus(1, ChronoUnit.HOURS) + "\"}");
        String reconciliation =
                run.statusCode() == 202 ? ConsoleApiClient.json(run).get("id").asString() : "no-such-run";
        return new RouteFixture(
                shop, deadLetter, ConsoleApiClient.json(job).get("id").asString(), reconciliation);
    }

    /**
     * A route pattern with every path variable replaced, by its name, with something of this fixture; a variable
     * of a route added later that this does not know gets {@code unknown}, so the route is still called.
     */
    public String expand(String pattern) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(path, Matcher.quoteReplacement(value(pattern, variable.group(1))));
        }
        return variable.appendTail(path).toString();
    }

    private String value(String pattern, String name) {
        return switch (name) {
            case "shop" -> shop;
            case "orderId" -> ORDER_ID;
            case "jobId" -> replayJob;
            case "id" -> {
                if (pattern.contains("/data-requests/")) {
                    yield DATA_REQUEST_ID;
                }
                if (pattern.contains("/reconciliations/")) {
                    yield reconciliation;
                }
                yield deadLetter;
            }
            default -> "unknown";
        };
    }
}
