package dev.orderrelay.devstack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignedWebhookTests {

    private static final String SECRET = "shpss_test_secret";
    private static final String BODY = "{\"id\":820982911946154508,\"title\":\"東京 tee\"}";

    private SignedWebhook.Builder webhook() {
        return SignedWebhook.builder(AppSecret.of(SECRET))
                .shopDomain("demo.myshopify.com")
                .topic(WebhookTopic.ORDERS_PAID)
                .webhookId("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043")
                .eventId("e1f4a0b2-0c5d-4e0b-9a7c-1d2e3f405060")
                .triggeredAt(Instant.parse("2026-10-01T17:34:56.000123Z"))
                .apiVersion("2026-10")
                .body(BODY);
    }

    @Test
    void carriesEveryShopifyHeaderAndAJsonContentType() {
        SignedWebhook signed = webhook().build();

        assertThat(signed.headers())
                .containsEntry("Content-Type", "application/json")
                .containsEntry("X-Shopify-Topic", "orders/paid")
                .containsEntry("X-Shopify-Shop-Domain", "demo.myshopify.com")
                .containsEntry("X-Shopify-API-Version", "2026-10")
                .containsEntry("X-Shopify-Webhook-Id", "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043")
                .containsEntry("X-Shopify-Event-Id", "e1f4a0b2-0c5d-4e0b-9a7c-1d2e3f405060")
                .containsEntry(
                        "X-Shopify-Hmac-Sha256",
                        new ShopifyWebhookSigner(AppSecret.of(SECRET)).sign(BODY.getBytes(StandardCharsets.UTF_8)));
        assertThat(signed.body()).isEqualTo(BODY.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesTriggeredAtInUtcWithNanoseconds() {
        assertThat(webhook().build().header(ShopifyHeader.TRIGGERED_AT)).contains("2026-10-01T17:34:56.000123000Z");
    }

    @Test
    void looksUpHeadersIgnoringCase() {
        assertThat(webhook().build().header("x-shopify-topic")).contains("orders/paid");
    }

    @Test
    void leavesOutAHeaderWhenAsked() {
        SignedWebhook signed = webhook().without(ShopifyHeader.HMAC_SHA256).build();

        assertThat(signed.header(ShopifyHeader.HMAC_SHA256)).isEmpty();
        assertThat(signed.header(ShopifyHeader.TOPIC)).isPresent();
    }

    @Test
    void replacesAHeaderWhenAsked() {
        SignedWebhook signed = webhook()
                .header("x-shopify-hmac-sha256", "bm90IGEgc2lnbmF0dXJl")
                .build();

        assertThat(signed.header(ShopifyHeader.HMAC_SHA256)).contains("bm90IGEgc2lnbmF0dXJl");
        assertThat(signed.headers().keySet())
                .filteredOn(name -> name.equalsIgnoreCase("X-Shopify-Hmac-Sha256"))
                .hasSize(1);
    }

    @Test
    void postsTheExactSignedBytesAndHeaders() throws Exception {
        try (RecordingWebhookServer server = new RecordingWebhookServer();
                HttpClient client = HttpClient.newHttpClient()) {
            server.answerAlways(202);

            int status = webhook().build().send(client, server.uri());

            assertThat(status).isEqualTo(202);
            ReceivedWebhook received = server.received().get(0);
            assertThat(received.method()).isEqualTo("POST");
            assertThat(received.body()).isEqualTo(BODY.getBytes(StandardCharsets.UTF_8));
            assertThat(received.signatureValidFor(SECRET)).isTrue();
            assertThat(received.webhookId()).isEqualTo("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043");
        }
    }

    @Test
    void aSignatureMadeWithAnotherSecretFailsAnIndependentCheck() {
        SignedWebhook signed =
                SignedWebhook.builder(AppSecret.of("another-secret")).body(BODY).build();
        ReceivedWebhook asReceived = new ReceivedWebhook("POST", "/", signed.headers(), signed.body(), 0);

        assertThat(asReceived.signatureValidFor(SECRET)).isFalse();
    }

    @Test
    void toStringRevealsNeitherBodyNorSignature() {
        SignedWebhook signed = webhook().build();

        assertThat(signed.toString())
                .doesNotContain("東京")
                .doesNotContain(signed.header(ShopifyHeader.HMAC_SHA256).orElseThrow());
    }

    @Test
    void needsABody() {
        assertThatThrownBy(() -> SignedWebhook.builder(AppSecret.of(SECRET)).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("body");
    }
}
