package dev.orderrelay.destinations.webhook;

import static dev.orderrelay.destinations.DestinationFixtures.WEBHOOK_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.DestinationKind;
import dev.orderrelay.destinations.DestinationSecret;
import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.destinations.RecordedRequest;
import dev.orderrelay.destinations.RecordingPeer;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class WebhookDestinationTests {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private final SettableClock clock = new SettableClock(NOW);
    private RecordingPeer peer;
    private WebhookDestination destination;

    @BeforeEach
    void start() {
        peer = RecordingPeer.start();
        destination = new WebhookDestination(
                WebhookDestinationSettings.defaults().withAllowedTargets(Set.of("127.0.0.1")), clock);
    }

    @AfterEach
    void stop() {
        destination.close();
        peer.close();
    }

    @Test
    void signsEachRequestSoThatAnIndependentReceiverVerifiesIt() throws Exception {
        DeliveryOutcome outcome = destination.send(DestinationFixtures.purchase(), target());

        assertThat(outcome).isInstanceOf(Delivered.class);
        RecordedRequest request = onlyRequest();
        assertThat(IndependentSignatureCheck.verifies(WEBHOOK_SECRET, request, NOW))
                .isTrue();
        assertThat(IndependentSignatureCheck.verifies("whsec_c29tZSBvdGhlciBzZWNyZXQ=", request, NOW))
                .isFalse();
    }

    @Test
    void sendsTheStandardWebhookHeaders() {
        OutboundEvent event = DestinationFixtures.purchase();

        destination.send(event, target());

        RecordedRequest request = onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/events");
        assertThat(request.header("webhook-id")).isEqualTo(event.idempotencyKey());
        assertThat(request.header("webhook-timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(request.header("webhook-signature")).matches("v1,[A-Za-z0-9+/]{43}=");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.header("User-Agent")).contains("order-relay");
    }

    @Test
    void sendsTheEventAsAJsonEnvelopeWithTheOrderIdAsAString() {
        OutboundEvent event = DestinationFixtures.purchase();

        destination.send(event, target());

        JsonNode body = DestinationFixtures.parse(onlyRequest().bodyText());
        assertThat(body.get("type").asString()).isEqualTo("order.purchase");
        assertThat(body.get("shop").asString()).isEqualTo(DestinationFixtures.SHOP);
        assertThat(body.get("orderId").isString()).isTrue();
        assertThat(body.get("orderId").asString()).isEqualTo(DestinationFixtures.ORDER_ID);
        assertThat(body.get("occurredAt").asString()).isEqualTo("2026-11-24T10:15:30Z");
        assertThat(body.get("data")).isEqualTo(event.payload());
    }

    @Test
    void sendsAnEnrichedEventWholeWithItsAttributionFirstOrderFlagIdsAndCategories() {
        OutboundEvent event = DestinationFixtures.purchaseAttributed();

        destination.send(event, target());

        JsonNode data = DestinationFixtures.parse(onlyRequest().bodyText()).get("data");
        assertThat(data).isEqualTo(event.payload());
        assertThat(data.get("attribution").get("gclid").asString())
                .isEqualTo("Cj0KCQjw8O-VBhCpARIsACMvVLMGGk2n1R2Sk0f5wLr2ZyC6m");
        assertThat(data.get("attribution").get("referringDomain").asString()).isEqualTo("www.google.com");
        assertThat(data.get("firstOrder").asBoolean()).isTrue();
        assertThat(data.get("identity").get("segmentAnonymousId").asString())
                .isEqualTo("507f191e-810c-4972-9de8-000000000001");
        assertThat(data.get("items").get(0).get("category").asString()).isEqualTo("Socks");
    }

    @Test
    void keepsTheWebhookIdOnARetryWhileTheTimestampFollowsTheClock() throws Exception {
        OutboundEvent event = DestinationFixtures.purchase();
        peer.answerStatus(503);
        destination.send(event, target());
        clock.advance(Duration.ofMinutes(3));
        peer.answerStatus(200);

        destination.send(event, target());

        RecordedRequest first = peer.requests().get(0);
        RecordedRequest retry = peer.requests().get(1);
        assertThat(retry.header("webhook-id")).isEqualTo(first.header("webhook-id"));
        assertThat(Long.parseLong(retry.header("webhook-timestamp")))
                .isEqualTo(Long.parseLong(first.header("webhook-timestamp")) + 180);
        assertThat(IndependentSignatureCheck.verifies(WEBHOOK_SECRET, retry, clock.instant()))
                .isTrue();
    }

    @Test
    void signsWithEveryConfiguredSecretDuringARotation() throws Exception {
        String next = "whsec_bmV4dCBzZWNyZXQgb2YgMjQgYnl0ZXMhIQ==";
        DestinationSecret both = DestinationSecret.of(WEBHOOK_SECRET + " " + next);

        destination.send(DestinationFixtures.purchase(), DestinationFixtures.webhookTarget(peer.url(), both));

        RecordedRequest request = onlyRequest();
        assertThat(request.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(IndependentSignatureCheck.verifies(WEBHOOK_SECRET, request, NOW))
                .isTrue();
        assertThat(IndependentSignatureCheck.verifies(next, request, NOW)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://127.0.0.1/events", "not a url at all", "http:///events", "mailto:ops@example.com"})
    void rejectsATargetWhoseUrlIsNotAnHttpUrlWithAHost(String url) {
        DeliveryOutcome outcome =
                destination.send(DestinationFixtures.purchase(), DestinationFixtures.webhookTarget(url));

        assertThat(outcome).isInstanceOf(Rejected.class);
        assertThat(((Rejected) outcome).reason()).contains("invalid target").contains("ops-webhook");
        assertThat(peer.requests()).isEmpty();
    }

    @Test
    void rejectsAUrlCarryingCredentialsWithoutQuotingThem() {
        String url = "http://relay:hunter2@127.0.0.1:" + peer.port() + "/events";

        DeliveryOutcome outcome =
                destination.send(DestinationFixtures.purchase(), DestinationFixtures.webhookTarget(url));

        assertThat(((Rejected) outcome).reason()).contains("user info").doesNotContain("hunter2");
        assertThat(peer.requests()).isEmpty();
    }

    @Test
    void rejectsATargetWithoutAUrl() {
        DestinationTarget noUrl = new DestinationTarget(
                "ops-webhook", DestinationKind.WEBHOOK, Map.of(), DestinationSecret.of(WEBHOOK_SECRET));

        DeliveryOutcome outcome = destination.send(DestinationFixtures.purchase(), noUrl);

        assertThat(((Rejected) outcome).reason()).contains("no 'url' setting");
    }

    @Test
    void rejectsATargetWithoutASigningSecret() {
        DeliveryOutcome outcome = destination.send(
                DestinationFixtures.purchase(),
                DestinationFixtures.webhookTarget(peer.url(), DestinationSecret.none()));

        assertThat(((Rejected) outcome).reason()).contains("no signing secret");
        assertThat(peer.requests()).isEmpty();
    }

    @Test
    void rejectsASecretThatIsNotBase64WithoutQuotingIt() {
        DestinationSecret typo = DestinationSecret.of("whsec_not*base64!");

        DeliveryOutcome outcome =
                destination.send(DestinationFixtures.purchase(), DestinationFixtures.webhookTarget(peer.url(), typo));

        assertThat(((Rejected) outcome).reason())
                .contains("not whsec_ followed by base64")
                .doesNotContain("not*base64");
        assertThat(peer.requests()).isEmpty();
    }

    @Test
    void refusesATargetOfAnotherKindAsAProgrammingError() {
        DestinationTarget ga4 = new DestinationTarget("ga4", DestinationKind.GA4, Map.of(), DestinationSecret.none());

        assertThatThrownBy(() -> destination.send(DestinationFixtures.purchase(), ga4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ga4");
    }

    private DestinationTarget target() {
        return DestinationFixtures.webhookTarget(peer.url());
    }

    private RecordedRequest onlyRequest() {
        assertThat(peer.requests()).hasSize(1);
        return peer.requests().getFirst();
    }
}
