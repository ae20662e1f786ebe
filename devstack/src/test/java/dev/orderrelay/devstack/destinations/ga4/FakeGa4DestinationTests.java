package dev.orderrelay.devstack.destinations.ga4;

import static dev.orderrelay.devstack.destinations.ga4.Ga4Requests.API_SECRET;
import static dev.orderrelay.devstack.destinations.ga4.Ga4Requests.MEASUREMENT_ID;
import static dev.orderrelay.devstack.destinations.ga4.Ga4Requests.body;
import static dev.orderrelay.devstack.destinations.ga4.Ga4Requests.event;
import static dev.orderrelay.devstack.destinations.ga4.Ga4Requests.purchase;
import static dev.orderrelay.devstack.destinations.ga4.Ga4Requests.refund;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.destinations.DroppedEvent;
import dev.orderrelay.devstack.destinations.EventFilter;
import dev.orderrelay.devstack.destinations.RecordedEvent;
import dev.orderrelay.devstack.time.MutableClock;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What GA4's collect endpoint keeps, and what it drops behind a 204, as the fake plays it over HTTP. */
class FakeGa4DestinationTests {

    private static final Instant NOW = Instant.parse("2025-11-24T10:00:00Z");
    private static final String SHOP = "shop-a.myshopify.com";
    private static final String ORDER = "5551234567890123456";

    private final MutableClock clock = new MutableClock(NOW);
    private final FakeGa4Destination ga4 = FakeGa4Destination.start(0, clock);
    private final Ga4Requests requests = new Ga4Requests();

    FakeGa4DestinationTests() {
        ga4.register(SHOP, MEASUREMENT_ID, API_SECRET);
    }

    @AfterEach
    void stop() {
        requests.close();
        ga4.close();
    }

    private HttpResponse<String> collect(String body) throws Exception {
        return requests.post(ga4.collectUri(), MEASUREMENT_ID, API_SECRET, body);
    }

    @Test
    void keepsAValidPurchaseAndAnswers204WithNoBody() throws Exception {
        HttpResponse<String> response = collect(body(NOW, purchase(ORDER, "19.99")));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(ga4.events()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo("ga4");
            assertThat(event.destination()).isEqualTo(SHOP);
            assertThat(event.shop()).isEqualTo(SHOP);
            assertThat(event.key()).isEqualTo(ORDER);
            assertThat(event.orderId()).isEqualTo(ORDER);
            assertThat(event.event()).isEqualTo("purchase");
            assertThat(event.duplicate()).isFalse();
            assertThat(event.receivedAt()).isEqualTo(NOW);
            assertThat(event.payload().get("client_id").stringValue()).isEqualTo("555.123");
            assertThat(event.payload().get("params").get("value").decimalValue())
                    .isEqualTo(new BigDecimal("19.99"));
        });
        assertThat(ga4.dropped()).isEmpty();
    }

    @Test
    void flagsARepeatedTransactionIdAsADuplicatePurchase() throws Exception {
        collect(body(NOW, purchase(ORDER, "19.99")));
        collect(body(NOW, purchase(ORDER, "19.99")));
        collect(body(NOW, purchase("5551234567890123457", "5.00")));

        assertThat(ga4.events())
                .extracting(RecordedEvent::orderId, RecordedEvent::duplicate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ORDER, false),
                        org.assertj.core.groups.Tuple.tuple(ORDER, true),
                        org.assertj.core.groups.Tuple.tuple("5551234567890123457", false));
    }

    @Test
    void flagsOnlyAnIdenticalRefundAsADuplicate() throws Exception {
        collect(body(NOW, refund(ORDER, "5.00")));
        collect(body(NOW, refund(ORDER, "5.00")));
        collect(body(NOW, refund(ORDER, "7.50")));

        assertThat(ga4.events()).extracting(RecordedEvent::duplicate).containsExactly(false, true, false);
        assertThat(ga4.events())
                .extracting(RecordedEvent::key)
                .allSatisfy(key -> assertThat(key).startsWith("refund:" + ORDER + ":"));
    }

    @Test
    void keepsTheValidEventsOfARequestAndDropsTheInvalidOne() throws Exception {
        String noCurrency = event("purchase", "\"transaction_id\": \"T-2\", \"value\": 10");

        assertThat(collect(body(NOW, purchase("T-1", "1.00"), noCurrency)).statusCode())
                .isEqualTo(204);

        assertThat(ga4.events()).extracting(RecordedEvent::orderId).containsExactly("T-1");
        assertThat(ga4.dropped()).singleElement().satisfies(dropped -> {
            assertThat(dropped.orderId()).isEqualTo("T-2");
            assertThat(dropped.shop()).isEqualTo(SHOP);
            assertThat(dropped.reason()).contains("events[1].params.currency").contains("VALUE_REQUIRED");
        });
    }

    @Test
    void dropsEventsForAnUnknownMeasurementIdBehindA204() throws Exception {
        HttpResponse<String> response =
                requests.post(ga4.collectUri(), "G-NOBODY", API_SECRET, body(NOW, purchase(ORDER, "1.00")));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(ga4.events()).isEmpty();
        assertThat(ga4.dropped()).singleElement().satisfies(dropped -> {
            assertThat(dropped.reason()).isEqualTo("unknown measurement_id");
            assertThat(dropped.destination()).isNull();
            assertThat(dropped.orderId()).isEqualTo(ORDER);
        });
    }

    @Test
    void dropsEventsSentWithAnotherStreamsSecret() throws Exception {
        HttpResponse<String> response =
                requests.post(ga4.collectUri(), MEASUREMENT_ID, "stale-secret", body(NOW, purchase(ORDER, "1.00")));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(ga4.events()).isEmpty();
        assertThat(ga4.dropped())
                .extracting(DroppedEvent::reason)
                .containsExactly("api_secret does not match the stream's");
    }

    @Test
    void dropsEveryEventOfARequestWithMoreThan25() throws Exception {
        String[] events = Collections.nCopies(26, purchase(ORDER, "1.00")).toArray(String[]::new);

        assertThat(collect(body(NOW, events)).statusCode()).isEqualTo(204);

        assertThat(ga4.events()).isEmpty();
        assertThat(ga4.dropped())
                .hasSize(26)
                .allSatisfy(dropped -> assertThat(dropped.reason()).contains("EXCEEDED_MAX_ENTITIES"));
    }

    @Test
    void dropsARequestOf130KilobytesOrMore() throws Exception {
        String longValue = "x".repeat(100);
        StringBuilder params = new StringBuilder("\"transaction_id\": \"T-1\"");
        for (int i = 0; i < 20; i++) {
            params.append(", \"p").append(i).append("\": \"").append(longValue).append('"');
        }
        String big = event("purchase", params.toString());
        String[] events = Collections.nCopies(25, big).toArray(String[]::new);
        String request = body(NOW, events) + " ".repeat(130_000);

        assertThat(collect(request).statusCode()).isEqualTo(204);

        assertThat(ga4.events()).isEmpty();
        assertThat(ga4.dropped())
                .hasSize(25)
                .allSatisfy(dropped -> assertThat(dropped.reason()).contains("130kB"));
    }

    @Test
    void dropsEventsBackdatedMoreThan72Hours() throws Exception {
        collect(body(NOW.minus(Duration.ofHours(72)), purchase("T-1", "1.00")));
        collect(body(NOW.minus(Duration.ofHours(72)).minusSeconds(1), purchase("T-2", "1.00")));

        assertThat(ga4.events()).extracting(RecordedEvent::orderId).containsExactly("T-1");
        assertThat(ga4.dropped())
                .singleElement()
                .satisfies(dropped ->
                        assertThat(dropped.reason()).contains("72 hours").contains("VALUE_OUT_OF_BOUNDS"));
    }

    @Test
    void dropsAPurchaseWithAnEmptyTransactionId() throws Exception {
        collect(body(NOW, purchase("", "1.00")));

        assertThat(ga4.events()).isEmpty();
        assertThat(ga4.dropped())
                .singleElement()
                .satisfies(dropped -> assertThat(dropped.reason()).contains("transaction_id"));
    }

    @Test
    void dropsARejectedOrderWithTheReasonUntilTheRejectionIsCleared() throws Exception {
        ga4.rejectOrders(Set.of(ORDER), "currency not enabled for this property");

        collect(body(NOW, purchase(ORDER, "1.00")));
        ga4.clearRejections();
        collect(body(NOW, purchase(ORDER, "1.00")));

        assertThat(ga4.dropped())
                .extracting(DroppedEvent::reason)
                .containsExactly("currency not enabled for this property");
        assertThat(ga4.events())
                .singleElement()
                .satisfies(event -> assertThat(event.duplicate()).isFalse());
    }

    @Test
    void filtersEventsByShopAndForgetsThemWhenCleared() throws Exception {
        ga4.register("shop-b", "shop-b.myshopify.com", "G-SHOPB", "secret-b");
        collect(body(NOW, purchase("T-1", "1.00")));
        requests.post(ga4.collectUri(), "G-SHOPB", "secret-b", body(NOW, purchase("T-1", "1.00")));

        assertThat(ga4.events(EventFilter.ANY.withShop("shop-b.myshopify.com")))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.destination()).isEqualTo("shop-b");
                    assertThat(event.duplicate()).isFalse();
                });
        ga4.clearEvents();
        assertThat(ga4.events()).isEmpty();
    }
}
