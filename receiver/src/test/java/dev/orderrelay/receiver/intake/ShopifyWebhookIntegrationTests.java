package dev.orderrelay.receiver.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeSource;
import dev.orderrelay.core.envelope.PayloadFormat;
import dev.orderrelay.receiver.IngestQueueTap;
import dev.orderrelay.receiver.ReceiverIntegrationTest;
import dev.orderrelay.receiver.ReceiverTestStack;
import dev.orderrelay.receiver.TestWebhook;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ReceiverIntegrationTest
class ShopifyWebhookIntegrationTests {

    private static final Duration QUEUE_WAIT = Duration.ofSeconds(10);
    private static final String ORDER = "{\"id\":820982911946154508,\"name\":\"#1001\",\"total_price\":\"10.00\","
            + "\"note\":\"Crème brûlée für 東京 🎉\"}";

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void enqueuesASignedWebhookWithItsBodyVerbatim() throws Exception {
        TestWebhook webhook = TestWebhook.order(ORDER);
        Instant before = Instant.now();

        HttpResponse<String> response = webhook.postTo(port);

        assertThat(response.statusCode()).isEqualTo(200);
        IngestQueueTap.Queued queued =
                IngestQueueTap.await(webhook.webhookId(), QUEUE_WAIT).orElseThrow();
        Envelope envelope = queued.envelope();
        assertThat(envelope.body()).isEqualTo(ORDER);
        assertThat(envelope.source()).isEqualTo(EnvelopeSource.WEBHOOK);
        assertThat(envelope.format()).isEqualTo(PayloadFormat.REST_WEBHOOK);
        assertThat(envelope.platform()).isEqualTo("shopify");
        assertThat(envelope.shop()).isEqualTo(webhook.shop());
        assertThat(envelope.topic()).isEqualTo("orders/create");
        assertThat(envelope.apiVersion()).isEqualTo("2026-10");
        assertThat(envelope.eventId()).isNotBlank();
        assertThat(envelope.triggeredAt()).isNotNull();
        assertThat(envelope.receivedAt()).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(queued.attributes().get("shop").stringValue()).isEqualTo(webhook.shop());
        assertThat(queued.attributes().get("topic").stringValue()).isEqualTo("orders/create");
    }

    @Test
    void acceptsAWebhookSignedWithThePreviousSecretDuringRotation() throws Exception {
        TestWebhook webhook = TestWebhook.order(ORDER).signedWith(ReceiverTestStack.PREVIOUS_SECRET);

        assertThat(webhook.postTo(port).statusCode()).isEqualTo(200);
        assertThat(IngestQueueTap.await(webhook.webhookId(), QUEUE_WAIT)).isPresent();
    }

    @Test
    void acceptsMalformedJsonWithAValidSignatureForTheWorkerToPark() throws Exception {
        String malformed = "{\"id\": 820982911946154508, \"line_items\": [";
        TestWebhook webhook = TestWebhook.order(malformed);

        assertThat(webhook.postTo(port).statusCode()).isEqualTo(200);
        assertThat(IngestQueueTap.await(webhook.webhookId(), QUEUE_WAIT)
                        .orElseThrow()
                        .envelope()
                        .body())
                .isEqualTo(malformed);
    }

    @Test
    void rejectsSignatureMadeWithAnotherSecretAndEnqueuesNothing() throws Exception {
        double before = rejected("bad-signature");
        TestWebhook webhook = TestWebhook.order(ORDER).signedWith("someone-elses-secret");

        HttpResponse<String> response = webhook.postTo(port);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEmpty();
        assertThat(rejected("bad-signature")).isEqualTo(before + 1);
        assertThat(IngestQueueTap.wasEverQueued(webhook.webhookId())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-base64!", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="})
    void rejectsMissingOrMalformedSignatures(String signature) throws Exception {
        double before = rejected("bad-signature");
        TestWebhook webhook = signature.isEmpty()
                ? TestWebhook.order(ORDER).without("X-Shopify-Hmac-Sha256")
                : TestWebhook.order(ORDER).header("X-Shopify-Hmac-Sha256", signature);

        assertThat(webhook.postTo(port).statusCode()).isEqualTo(401);
        assertThat(rejected("bad-signature")).isEqualTo(before + 1);
        assertThat(IngestQueueTap.wasEverQueued(webhook.webhookId())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Shopify-Topic", "X-Shopify-Shop-Domain", "X-Shopify-Webhook-Id"})
    void namesTheMissingHeaderAndEnqueuesNothing(String header) throws Exception {
        double before = rejected("missing-header");
        TestWebhook webhook = TestWebhook.order(ORDER);
        String webhookId = webhook.webhookId();

        HttpResponse<String> response = webhook.without(header).postTo(port);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"missing-header\"").contains("\"header\":\"" + header + "\"");
        assertThat(rejected("missing-header")).isEqualTo(before + 1);
        assertThat(IngestQueueTap.wasEverQueued(webhookId)).isFalse();
    }

    @Test
    void treatsABlankHeaderAsMissing() throws Exception {
        HttpResponse<String> response =
                TestWebhook.order(ORDER).header("X-Shopify-Topic", " ").postTo(port);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("X-Shopify-Topic");
    }

    @Test
    void checksTheSignatureBeforeTheHeaders() throws Exception {
        HttpResponse<String> response = TestWebhook.order(ORDER)
                .without("X-Shopify-Topic")
                .signedWith("someone-elses-secret")
                .postTo(port);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void rejectsABodyOverTwoMebibytesBeforeCheckingTheSignature(boolean chunked) throws Exception {
        double before = rejected("body-too-large");
        TestWebhook webhook =
                TestWebhook.withBody(new byte[2 * 1024 * 1024 + 1]).signedWith("not-even-the-right-secret");
        if (chunked) {
            webhook.chunked();
        }

        HttpResponse<String> response = webhook.postTo(port);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"code\":\"body-too-large\"");
        assertThat(rejected("body-too-large")).isEqualTo(before + 1);
        assertThat(IngestQueueTap.wasEverQueued(webhook.webhookId())).isFalse();
    }

    @Test
    void acceptsABodyOfExactlyTheLimit() throws Exception {
        byte[] body = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) 'x');

        assertThat(TestWebhook.withBody(body).postTo(port).statusCode()).isEqualTo(200);
    }

    @Test
    void countsAcceptedWebhooksByShopAndTopic() throws Exception {
        TestWebhook webhook = TestWebhook.order(ORDER);

        webhook.postTo(port);

        assertThat(meters.get("relay.webhooks")
                        .tag("outcome", "accepted")
                        .tag("shop", webhook.shop())
                        .tag("topic", "orders/create")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    private double rejected(String reason) {
        var counter = meters.find("relay.webhooks")
                .tag("outcome", "rejected")
                .tag("reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
