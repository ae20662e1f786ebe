package dev.orderrelay.devstack.destinations;

import static dev.orderrelay.devstack.destinations.SignedWebhookRequests.orderEvent;
import static dev.orderrelay.devstack.destinations.SignedWebhookRequests.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the fake destination fails when told to, and that a failed request is never recorded as accepted. */
class FakeWebhookDestinationFaultTests {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SHOP_A = "shop-a.myshopify.com";
    private static final String SHOP_B = "shop-b.myshopify.com";

    private final SettableClock clock = new SettableClock(Instant.parse("2025-11-24T10:00:00Z"));
    private final FakeWebhookDestination destination = FakeWebhookDestination.start(0, clock);
    private final URI shopA = destination.register(SHOP_A, WebhookSecret.of(SECRET));
    private final URI shopB = destination.register(SHOP_B, WebhookSecret.of(SECRET));
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger ids = new AtomicInteger();

    @AfterEach
    void stop() {
        client.close();
        destination.close();
    }

    /** A correctly signed order event for {@code url}, with a fresh webhook id and the clock's current time. */
    private HttpRequest order(URI url, Duration timeout) {
        String shop = url.getPath().substring("/hooks/".length());
        String id = "evt-" + ids.incrementAndGet();
        HttpRequest signed =
                signed(url, SECRET, id, clock.instant().getEpochSecond(), orderEvent(shop, id, "order.purchase"));
        return HttpRequest.newBuilder(signed, (name, value) -> true)
                .timeout(timeout)
                .build();
    }

    private int deliver(URI url) throws IOException, InterruptedException {
        return client.send(order(url, WAIT), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void recordsTheEventBeforeADelayedAnswerSoACallerThatGivesUpHasStillDelivered() throws Exception {
        destination.setFault(Fault.delay(1500));

        long started = System.nanoTime();
        CompletableFuture<HttpResponse<Void>> answer =
                client.sendAsync(order(shopA, WAIT), HttpResponse.BodyHandlers.discarding());

        // Recorded while the answer is still held back: a caller killed now dies after the destination took it.
        await().atMost(WAIT).until(() -> destination.events().size() == 1);
        assertThat(answer).isNotDone();
        assertThat(answer.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).statusCode())
                .isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        assertThat(destination.events()).extracting(RecordedEvent::key).containsExactly("evt-1");
    }

    @Test
    void answersTheFaultStatusForTheNextOrdersThenAcceptsAgain() throws Exception {
        destination.setFault(Fault.status(500).forOrders(2));

        assertThat(deliver(shopA)).isEqualTo(500);
        assertThat(deliver(shopA)).isEqualTo(500);
        assertThat(deliver(shopA)).isEqualTo(200);

        assertThat(destination.events()).extracting(RecordedEvent::key).containsExactly("evt-3");
        assertThat(destination.fault()).isEmpty();
    }

    @Test
    void rejectsWithAClientErrorWhileTheFaultLasts() throws Exception {
        destination.setFault(Fault.status(400).forSeconds(30));

        assertThat(deliver(shopA)).isEqualTo(400);
        clock.advance(Duration.ofSeconds(29));
        assertThat(deliver(shopA)).isEqualTo(400);
        clock.advance(Duration.ofSeconds(1));
        assertThat(deliver(shopA)).isEqualTo(200);

        assertThat(destination.events()).extracting(RecordedEvent::key).containsExactly("evt-3");
    }

    @Test
    void throttlesWith429AndRetryAfter() throws Exception {
        destination.setFault(Fault.throttle().forSeconds(7));

        HttpResponse<Void> response = client.send(order(shopA, WAIT), HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(destination.events()).isEmpty();
    }

    @Test
    void holdsAHungRequestUntilTheFaultIsCleared() throws Exception {
        destination.setFault(Fault.hang());

        CompletableFuture<HttpResponse<Void>> pending =
                client.sendAsync(order(shopA, WAIT), HttpResponse.BodyHandlers.discarding());
        await().atMost(WAIT).until(() -> destination.heldRequests() == 1);
        assertThat(pending).isNotDone();
        destination.clearFault();

        assertThat(pending.get(WAIT.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(503);
        assertThat(destination.events()).isEmpty();
        assertThat(deliver(shopA)).isEqualTo(200);
    }

    @Test
    void letsAHungRequestGoWhenTheFaultsSecondsPass() throws Exception {
        destination.setFault(Fault.hang().forSeconds(1));
        long started = System.nanoTime();

        int status = deliver(shopA);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(status).isEqualTo(503);
        assertThat(destination.heldRequests()).isZero();
        assertThat(destination.events()).isEmpty();
    }

    @Test
    void leavesTheCallerToTimeOutAndRecordsNothing() {
        destination.setFault(Fault.hang());

        assertThatThrownBy(
                        () -> client.send(order(shopA, Duration.ofMillis(300)), HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(HttpTimeoutException.class);
        destination.clearFault();

        await().atMost(WAIT).until(() -> destination.heldRequests() == 0);
        assertThat(destination.events()).isEmpty();
    }

    @Test
    void hangOnOneDestinationLeavesTheOthersAccepting() throws Exception {
        destination.setFault(SHOP_A, Fault.hang());
        CompletableFuture<HttpResponse<Void>> held =
                client.sendAsync(order(shopA, WAIT), HttpResponse.BodyHandlers.discarding());
        await().atMost(WAIT).until(() -> destination.heldRequests() == 1);

        assertThat(deliver(shopB)).isEqualTo(200);
        assertThat(held).isNotDone();
        destination.clearFault(SHOP_A);

        assertThat(held.get(WAIT.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(503);
        assertThat(destination.events()).extracting(RecordedEvent::destination).containsExactly(SHOP_B);
    }

    @Test
    void aDestinationsOwnFaultWinsOverTheOneForAll() throws Exception {
        destination.setFault(Fault.status(503));
        destination.setFault(SHOP_A, Fault.throttle().forOrders(1));

        assertThat(deliver(shopA)).isEqualTo(429);
        assertThat(deliver(shopA)).isEqualTo(503);
        assertThat(deliver(shopB)).isEqualTo(503);
        destination.clearFault();

        assertThat(deliver(shopA)).isEqualTo(200);
        assertThat(destination.fault()).isEmpty();
        assertThat(destination.fault(SHOP_A)).isEmpty();
    }

    @Test
    void reportsTheFaultWhileItApplies() {
        Fault fault = Fault.fromJson("{\"mode\": \"status\", \"status\": 502, \"seconds\": 10}");
        destination.setFault(SHOP_B, fault);

        assertThat(destination.fault(SHOP_B)).hasValue(fault);
        clock.advance(Duration.ofSeconds(10));
        assertThat(destination.fault(SHOP_B)).isEmpty();
    }

    @Test
    void closingReleasesHeldRequests() throws Exception {
        destination.setFault(Fault.hang());
        CompletableFuture<HttpResponse<Void>> pending =
                client.sendAsync(order(shopA, WAIT), HttpResponse.BodyHandlers.discarding());
        await().atMost(WAIT).until(() -> destination.heldRequests() == 1);

        destination.close();

        await().atMost(WAIT).until(pending::isDone);
        assertThat(destination.heldRequests()).isZero();
    }
}
