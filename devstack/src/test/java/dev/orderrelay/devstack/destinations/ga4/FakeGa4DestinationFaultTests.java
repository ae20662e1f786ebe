package dev.orderrelay.devstack.destinations.ga4;

import static dev.orderrelay.devstack.destinations.ga4.Ga4Requests.API_SECRET;
import static dev.orderrelay.devstack.destinations.ga4.Ga4Requests.MEASUREMENT_ID;
import static dev.orderrelay.devstack.destinations.ga4.Ga4Requests.body;
import static dev.orderrelay.devstack.destinations.ga4.Ga4Requests.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orderrelay.devstack.destinations.Fault;
import dev.orderrelay.devstack.time.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the fake GA4 fails when told to: GA4 has no error bodies, so statuses come bare. */
class FakeGa4DestinationFaultTests {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Instant NOW = Instant.parse("2025-11-24T10:00:00Z");
    private static final String SHOP = "shop-a.myshopify.com";

    private final MutableClock clock = new MutableClock(NOW);
    private final FakeGa4Destination ga4 = FakeGa4Destination.start(0, clock);
    private final Ga4Requests requests = new Ga4Requests();

    FakeGa4DestinationFaultTests() {
        ga4.register(SHOP, MEASUREMENT_ID, API_SECRET);
    }

    @AfterEach
    void stop() {
        requests.close();
        ga4.close();
    }

    private HttpResponse<String> collect(String transactionId) throws Exception {
        return requests.post(ga4.collectUri(), MEASUREMENT_ID, API_SECRET, body(NOW, purchase(transactionId, "1.00")));
    }

    @Test
    void answersTheStatusWithAnEmptyBodyForTheNextOrdersThenKeepsAgain() throws Exception {
        ga4.setFault(Fault.status(400).forOrders(1));

        HttpResponse<String> faulted = collect("T-1");
        HttpResponse<String> accepted = collect("T-2");

        assertThat(faulted.statusCode()).isEqualTo(400);
        assertThat(faulted.body()).isEmpty();
        assertThat(accepted.statusCode()).isEqualTo(204);
        assertThat(ga4.events()).extracting(event -> event.orderId()).containsExactly("T-2");
    }

    @Test
    void throttlesWith429AndRetryAfterWhileTheFaultLasts() throws Exception {
        ga4.setFault(Fault.throttle().forSeconds(30));

        HttpResponse<String> throttled = collect("T-1");
        clock.advance(Duration.ofSeconds(30));
        HttpResponse<String> accepted = collect("T-1");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(accepted.statusCode()).isEqualTo(204);
        assertThat(ga4.events()).hasSize(1);
    }

    @Test
    void holdsAHungRequestUntilTheFaultIsClearedAndKeepsNothingOfIt() throws Exception {
        ga4.setFault(Fault.hang());

        CompletableFuture<HttpResponse<String>> pending = requests.client()
                .sendAsync(
                        Ga4Requests.request(
                                ga4.collectUri(), MEASUREMENT_ID, API_SECRET, body(NOW, purchase("T-1", "1.00")), WAIT),
                        HttpResponse.BodyHandlers.ofString());
        await().atMost(WAIT).until(() -> ga4.heldRequests() == 1);
        assertThat(pending).isNotDone();
        ga4.clearFault();

        assertThat(pending.get(WAIT.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(503);
        assertThat(ga4.events()).isEmpty();
        assertThat(collect("T-1").statusCode()).isEqualTo(204);
    }

    @Test
    void aStreamsOwnFaultLeavesOtherStreamsKeeping() throws Exception {
        ga4.register("shop-b", "shop-b.myshopify.com", "G-SHOPB", "secret-b");
        ga4.setFault(SHOP, Fault.status(503));

        assertThat(collect("T-1").statusCode()).isEqualTo(503);
        assertThat(requests.post(ga4.collectUri(), "G-SHOPB", "secret-b", body(NOW, purchase("T-1", "1.00")))
                        .statusCode())
                .isEqualTo(204);
        assertThat(ga4.fault(SHOP)).hasValue(Fault.status(503));
        assertThat(ga4.events()).extracting(event -> event.destination()).containsExactly("shop-b");
    }
}
