package dev.orderrelay.devstack.destinations;

import static dev.orderrelay.devstack.destinations.SignedWebhookRequests.SPEC_SECRET;
import static dev.orderrelay.devstack.destinations.SignedWebhookRequests.SPEC_TIMESTAMP;
import static dev.orderrelay.devstack.destinations.SignedWebhookRequests.orderEvent;
import static dev.orderrelay.devstack.destinations.SignedWebhookRequests.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the fake destination accepts and records over HTTP, with the clock fixed at the spec's example. */
class FakeWebhookDestinationTests {

    private static final Instant NOW = Instant.ofEpochSecond(SPEC_TIMESTAMP);
    private static final String SHOP_A = "shop-a.myshopify.com";
    private static final String SHOP_B = "shop-b.myshopify.com";
    private static final String OTHER_SECRET = "whsec_b3RoZXItbWVyY2hhbnQtc2VjcmV0";

    private final FakeWebhookDestination destination =
            FakeWebhookDestination.start(0, Clock.fixed(NOW, ZoneOffset.UTC));
    private final URI shopA = destination.register(SHOP_A, WebhookSecret.of(SPEC_SECRET));
    private final URI shopB = destination.register(SHOP_B, WebhookSecret.of(OTHER_SECRET));
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stop() {
        client.close();
        destination.close();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> deliver(URI url, String secret, String id, String body)
            throws IOException, InterruptedException {
        return send(signed(url, secret, id, SPEC_TIMESTAMP, body));
    }

    @Test
    void servesEachNamedDestinationOnLoopback() {
        assertThat(shopA).hasHost("127.0.0.1").hasPort(destination.port()).hasPath("/hooks/" + SHOP_A);
        assertThat(destination.url(SHOP_B)).isEqualTo(shopB);
    }

    @Test
    void recordsAValidEvent() throws Exception {
        String body = orderEvent(SHOP_A, "5551234567890123456", "order.purchase");

        HttpResponse<String> response = deliver(shopA, SPEC_SECRET, "evt-1", body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(destination.events()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo("webhook");
            assertThat(event.destination()).isEqualTo(SHOP_A);
            assertThat(event.shop()).isEqualTo(SHOP_A);
            assertThat(event.key()).isEqualTo("evt-1");
            assertThat(event.orderId()).isEqualTo("5551234567890123456");
            assertThat(event.event()).isEqualTo("purchase");
            assertThat(event.type()).isEqualTo("order.purchase");
            assertThat(event.duplicate()).isFalse();
            assertThat(event.receivedAt()).isEqualTo(NOW);
            assertThat(event.payload().get("value").get("amount").stringValue()).isEqualTo("42.50");
        });
    }

    @Test
    void flagsTheSecondDeliveryOfAWebhookIdAsDuplicate() throws Exception {
        String body = orderEvent(SHOP_A, "1001", "order.purchase");

        deliver(shopA, SPEC_SECRET, "evt-1", body);
        HttpResponse<String> again = deliver(shopA, SPEC_SECRET, "evt-1", body);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(destination.events()).extracting(RecordedEvent::duplicate).containsExactly(false, true);
    }

    @Test
    void judgesDuplicatesPerDestination() throws Exception {
        deliver(shopA, SPEC_SECRET, "evt-1", orderEvent(SHOP_A, "1001", "order.purchase"));
        deliver(shopB, OTHER_SECRET, "evt-1", orderEvent(SHOP_B, "2002", "order.purchase"));

        assertThat(destination.events()).extracting(RecordedEvent::duplicate).containsExactly(false, false);
    }

    @Test
    void flagsAllButOneOfManyConcurrentDeliveriesOfOneWebhookId() {
        String body = orderEvent(SHOP_A, "1001", "order.purchase");
        HttpRequest request = signed(shopA, SPEC_SECRET, "evt-1", SPEC_TIMESTAMP, body);

        List<CompletableFuture<HttpResponse<Void>>> sent = IntStream.range(0, 20)
                .mapToObj(i -> client.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .toList();
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();

        assertThat(sent)
                .allSatisfy(response -> assertThat(response.join().statusCode()).isEqualTo(200));
        assertThat(destination.events()).hasSize(20);
        assertThat(destination.events().get(0).duplicate()).isFalse();
        assertThat(destination.events()).filteredOn(RecordedEvent::duplicate).hasSize(19);
    }

    @Test
    void listsEventsByShopAndByDestination() throws Exception {
        deliver(shopA, SPEC_SECRET, "evt-1", orderEvent(SHOP_A, "1001", "order.purchase"));
        deliver(shopB, OTHER_SECRET, "evt-2", orderEvent(SHOP_B, "2002", "order.purchase"));
        deliver(shopA, SPEC_SECRET, "evt-3", orderEvent(SHOP_A, "1001", "order.refund"));

        assertThat(destination.events(EventFilter.ANY.withShop(SHOP_A)))
                .extracting(RecordedEvent::key, RecordedEvent::event)
                .containsExactly(tuple("evt-1", "purchase"), tuple("evt-3", "refund"));
        assertThat(destination.events(EventFilter.ANY.withDestination(SHOP_B)))
                .extracting(RecordedEvent::key)
                .containsExactly("evt-2");
        assertThat(destination.events(EventFilter.ANY.withShop(SHOP_A).withDestination(SHOP_B)))
                .isEmpty();
    }

    @Test
    void serialisesAsTheSimulatorListsIt() throws Exception {
        deliver(shopA, SPEC_SECRET, "evt-1", orderEvent(SHOP_A, "1001", "order.purchase"));

        JsonNode listed =
                JsonMapper.builder().build().valueToTree(destination.events().get(0));

        assertThat(listed.get("kind").stringValue()).isEqualTo("webhook");
        assertThat(listed.get("key").stringValue()).isEqualTo("evt-1");
        assertThat(listed.get("orderId").stringValue()).isEqualTo("1001");
        assertThat(listed.get("duplicate").booleanValue()).isFalse();
        assertThat(listed.get("receivedAt").stringValue()).isEqualTo("2021-02-25T15:02:10Z");
        assertThat(listed.get("payload").get("shop").stringValue()).isEqualTo(SHOP_A);
    }
}
