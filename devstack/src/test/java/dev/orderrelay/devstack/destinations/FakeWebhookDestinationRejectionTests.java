package dev.orderrelay.devstack.destinations;

import static dev.orderrelay.devstack.destinations.SignedWebhookRequests.SPEC_BODY;
import static dev.orderrelay.devstack.destinations.SignedWebhookRequests.SPEC_ID;
import static dev.orderrelay.devstack.destinations.SignedWebhookRequests.SPEC_SECRET;
import static dev.orderrelay.devstack.destinations.SignedWebhookRequests.SPEC_SIGNATURE;
import static dev.orderrelay.devstack.destinations.SignedWebhookRequests.SPEC_TIMESTAMP;
import static dev.orderrelay.devstack.destinations.SignedWebhookRequests.headers;
import static dev.orderrelay.devstack.destinations.SignedWebhookRequests.orderEvent;
import static dev.orderrelay.devstack.destinations.SignedWebhookRequests.signed;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the fake destination refuses over HTTP, and that a refused request is never recorded. */
class FakeWebhookDestinationRejectionTests {

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
    void rejectsSignatureMadeWithAnotherSecret() throws Exception {
        HttpResponse<String> response =
                deliver(shopA, OTHER_SECRET, "evt-1", orderEvent(SHOP_A, "1001", "order.purchase"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEmpty();
        assertThat(destination.events()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"webhook-id", "webhook-timestamp", "webhook-signature"})
    void rejectsARequestMissingAHeader(String missing) throws Exception {
        String body = orderEvent(SHOP_A, "1001", "order.purchase");
        HttpRequest.Builder request = headers(shopA, body);
        if (!missing.equals("webhook-id")) {
            request.header("webhook-id", "evt-1");
        }
        if (!missing.equals("webhook-timestamp")) {
            request.header("webhook-timestamp", Long.toString(SPEC_TIMESTAMP));
        }
        if (!missing.equals("webhook-signature")) {
            request.header(
                    "webhook-signature", SignedWebhookRequests.signature(SPEC_SECRET, "evt-1", SPEC_TIMESTAMP, body));
        }

        assertThat(send(request.build()).statusCode()).isEqualTo(401);
        assertThat(destination.events()).isEmpty();
    }

    @Test
    void rejectsAStaleTimestampEvenWhenCorrectlySigned() throws Exception {
        long sixMinutesEarlier = SPEC_TIMESTAMP - 360;
        String body = orderEvent(SHOP_A, "1001", "order.purchase");

        HttpResponse<String> response = send(signed(shopA, SPEC_SECRET, "evt-1", sixMinutesEarlier, body));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(destination.events()).isEmpty();
    }

    @Test
    void rejectsInvalidJsonWith400() throws Exception {
        HttpResponse<String> response = deliver(shopA, SPEC_SECRET, "evt-1", "{\"type\": \"order.purchase\",");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("body is not valid JSON");
        assertThat(destination.events()).isEmpty();
    }

    @Test
    void verifiesTheSpecExampleButRefusesItsBodyForLackingAnOrder() throws Exception {
        HttpRequest request = headers(shopA, SPEC_BODY)
                .header("webhook-id", SPEC_ID)
                .header("webhook-timestamp", Long.toString(SPEC_TIMESTAMP))
                .header("webhook-signature", SPEC_SIGNATURE)
                .build();

        HttpResponse<String> response = send(request);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("type is required");
        assertThat(destination.events()).isEmpty();
    }

    @Test
    void refusesAnOrderIdSentAsANumber() throws Exception {
        String body = "{\"type\": \"order.purchase\", \"shop\": \"" + SHOP_A + "\", \"orderId\": 1001}";

        HttpResponse<String> response = deliver(shopA, SPEC_SECRET, "evt-1", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("orderId must be a non-empty JSON string");
    }

    @Test
    void answers404ForADestinationNotRegistered() throws Exception {
        destination.unregister(SHOP_B);
        String body = orderEvent(SHOP_B, "2002", "order.purchase");

        assertThat(deliver(shopB, OTHER_SECRET, "evt-1", body).statusCode()).isEqualTo(404);
        assertThat(destination.events()).isEmpty();
    }

    @Test
    void answers405ToAnythingButPost() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(shopA).GET().build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }
}
