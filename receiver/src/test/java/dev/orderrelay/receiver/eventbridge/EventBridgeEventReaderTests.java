package dev.orderrelay.receiver.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.core.envelope.EnvelopeSource;
import dev.orderrelay.receiver.enqueue.IncomingWebhook;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reading the SQS message an EventBridge rule delivers: real-shape events, and the ways they can be wrong. */
class EventBridgeEventReaderTests {

    private static final Instant RECEIVED = Instant.parse("2026-10-02T09:15:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Builds test events keeping decimals as written (1.50 stays 1.50), as the JSON EventBridge sends does. */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** An orders/create payload with what breaks naive re-serialization: a 2^53+ id, decimals, trailing zeros. */
    private static final String PAYLOAD = """
            {"id": 820982911946154508, "name": "#1001", "email": "jane.doe@example.com",
             "total_price": "19.99", "total_weight": 1.50, "current_total_tax": "1.20",
             "tax_lines": [{"price": "1.20", "rate": 0.06, "title": "VAT"}],
             "line_items": [{"id": 466157049, "title": "Crème brûlée \\"deluxe\\" 東京", "quantity": 1,
                             "price": "18.79", "grams": 1e2}],
             "note_attributes": [], "test": false}""";

    private final EventBridgeEventReader reader = new EventBridgeEventReader();

    @Test
    void readsARealShapeEventIntoAnEventBridgeWebhookWithItsPayloadCompactAndExact() {
        EventRead read = reader.read(event(UnaryOperator.identity()), RECEIVED);

        IncomingWebhook webhook = accepted(read).webhook();
        assertThat(webhook.source()).isEqualTo(EnvelopeSource.EVENTBRIDGE);
        assertThat(webhook.shop()).isEqualTo("demo.myshopify.com");
        assertThat(webhook.topic()).isEqualTo("orders/create");
        assertThat(webhook.webhookId()).isEqualTo("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043");
        assertThat(webhook.eventId()).isEqualTo("98880550-7158-44d4-b7cd-2c97c8a091b5");
        assertThat(webhook.triggeredAt()).isEqualTo(Instant.parse("2026-10-02T09:14:58.123456789Z"));
        assertThat(webhook.apiVersion()).isEqualTo("2026-10");
        assertThat(webhook.receivedAt()).isEqualTo(RECEIVED);
        assertThat(accepted(read).eventBridgeId()).isEqualTo("c3f2f6a0-7a5e-7d1e-9e1c-0d4d1b7c6a11");
        assertThat(accepted(read).idOnlyPayload()).isFalse();
        String body = new String(webhook.body(), StandardCharsets.UTF_8);
        assertThat(body)
                .startsWith("{\"id\":820982911946154508,\"name\":\"#1001\"")
                .contains("\"total_weight\":1.50")
                .contains("\"rate\":0.06")
                .contains("\"title\":\"Crème brûlée \\\"deluxe\\\" 東京\"")
                .doesNotContain("\n")
                .doesNotContain(", ")
                .doesNotContain("\": ");
        assertThat(JSON.readTree(body)).isEqualTo(JSON.readTree(PAYLOAD));
    }

    @Test
    void readsHeaderNamesWhateverTheirCaseAndWithoutTheXPrefix() {
        String message = event(event -> {
            ObjectNode metadata = JSON.createObjectNode();
            metadata.put("content-type", "application/json");
            metadata.put("x-shopify-topic", "orders/paid");
            metadata.put("X-SHOPIFY-SHOP-DOMAIN", "lower.myshopify.com");
            metadata.put("shopify-webhook-id", "lower-case-id");
            metadata.put("x-shopify-api-version", "2026-07");
            detail(event).set("metadata", metadata);
            return event;
        });

        IncomingWebhook webhook = accepted(reader.read(message, RECEIVED)).webhook();

        assertThat(webhook.topic()).isEqualTo("orders/paid");
        assertThat(webhook.shop()).isEqualTo("lower.myshopify.com");
        assertThat(webhook.webhookId()).isEqualTo("lower-case-id");
        assertThat(webhook.apiVersion()).isEqualTo("2026-07");
        assertThat(webhook.eventId()).isNull();
        assertThat(webhook.triggeredAt()).isNull();
    }

    @Test
    void readsHeadersPutDirectlyUnderDetailWhenThereIsNoMetadataObject() {
        String message = event(event -> {
            ObjectNode detail = detail(event);
            JsonNode metadata = detail.remove("metadata");
            metadata.properties().forEach(field -> detail.set(field.getKey(), field.getValue()));
            return event;
        });

        IncomingWebhook webhook = accepted(reader.read(message, RECEIVED)).webhook();

        assertThat(webhook.webhookId()).isEqualTo("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043");
        assertThat(webhook.shop()).isEqualTo("demo.myshopify.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Shopify-Topic", "X-Shopify-Shop-Domain", "X-Shopify-Webhook-Id"})
    void rejectsAnEventMissingARequiredHeaderNamingIt(String header) {
        String message = event(event -> {
            metadata(event).remove(header);
            return event;
        });

        EventRead.Rejected rejected = rejected(reader.read(message, RECEIVED));

        assertThat(rejected.rejection()).isEqualTo(EventRejection.MISSING_HEADER);
        assertThat(rejected.reason())
                .isEqualTo("missing-header: " + header + " is missing or empty in detail.metadata");
        assertThat(rejected.eventBridgeId()).isEqualTo("c3f2f6a0-7a5e-7d1e-9e1c-0d4d1b7c6a11");
        if (!header.equals("X-Shopify-Shop-Domain")) {
            assertThat(rejected.shop()).isEqualTo("demo.myshopify.com");
        }
    }

    @Test
    void rejectsABlankWebhookIdAsMissing() {
        String message = event(event -> {
            metadata(event).put("X-Shopify-Webhook-Id", "  ");
            return event;
        });

        assertThat(rejected(reader.read(message, RECEIVED)).reason()).contains("X-Shopify-Webhook-Id");
    }

    @Test
    void rejectsAnEventOfAnotherDetailTypeSayingWhatToFix() {
        String message = event(event -> {
            event.put("detail-type", "Scheduled Event");
            return event;
        });

        EventRead.Rejected rejected = rejected(reader.read(message, RECEIVED));

        assertThat(rejected.rejection()).isEqualTo(EventRejection.WRONG_DETAIL_TYPE);
        assertThat(rejected.reason()).contains("'Scheduled Event'").contains("event pattern");
        assertThat(rejected.shop()).isEqualTo("demo.myshopify.com");
    }

    @Test
    void rejectsAnEventWithoutDetailType() {
        String message = event(event -> {
            event.remove("detail-type");
            return event;
        });

        assertThat(rejected(reader.read(message, RECEIVED)).reason())
                .startsWith("wrong-detail-type: detail-type is missing");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"version\":\"0\",\"detail\":{\"payload\":{\"email\":\"jane.doe@example.com\"",
                "not json at all",
                "[{\"detail-type\":\"shopifyWebhook\"}]",
                "\"shopifyWebhook\"",
                "{\"detail-type\":\"shopifyWebhook\"} trailing"
            })
    void rejectsAMessageThatIsNotAJsonObjectWithoutQuotingIt(String message) {
        EventRead.Rejected rejected = rejected(reader.read(message, RECEIVED));

        assertThat(rejected.rejection()).isEqualTo(EventRejection.UNREADABLE_JSON);
        assertThat(rejected.reason()).doesNotContain("jane.doe").doesNotContain("at all");
        assertThat(rejected.shop()).isNull();
    }

    @Test
    void rejectsAnEventWithoutPayloadOrWithAPayloadThatIsNotAnObject() {
        String missing = event(event -> {
            detail(event).remove("payload");
            return event;
        });
        String text = event(event -> {
            detail(event).put("payload", "{\"id\":1}");
            return event;
        });

        assertThat(rejected(reader.read(missing, RECEIVED)).reason())
                .isEqualTo("missing-payload: detail.payload is missing");
        assertThat(rejected(reader.read(text, RECEIVED)).reason())
                .isEqualTo("missing-payload: detail.payload is not a JSON object");
    }

    @Test
    void rejectsAnEventWithoutDetail() {
        String message = event(event -> {
            event.remove("detail");
            return event;
        });

        EventRead.Rejected rejected = rejected(reader.read(message, RECEIVED));

        assertThat(rejected.rejection()).isEqualTo(EventRejection.MISSING_PAYLOAD);
        assertThat(rejected.reason()).contains("no detail object");
    }

    @Test
    void flagsThePayloadShopifySendsInPlaceOfOneTooLargeForEventBridge() {
        String message = event(event -> {
            detail(event).set("payload", EXACT.readTree("{\"id\":820982911946154508}"));
            return event;
        });

        EventRead.Accepted accepted = accepted(reader.read(message, RECEIVED));

        assertThat(accepted.idOnlyPayload()).isTrue();
        assertThat(new String(accepted.webhook().body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"id\":820982911946154508}");
    }

    @Test
    void keepsALargePayloadWholeForTheClaimCheck() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            lines.append(i == 0 ? "" : ",")
                    .append("{\"id\":")
                    .append(466157049L + i)
                    .append(",\"title\":\"Crème brûlée ")
                    .append(i)
                    .append("\",\"quantity\":1,\"price\":\"9.90\"}");
        }
        String large = "{\"id\":820982911946154508,\"line_items\":[" + lines + "]}";
        String message = event(event -> {
            detail(event).set("payload", EXACT.readTree(large));
            return event;
        });

        byte[] body = accepted(reader.read(message, RECEIVED)).webhook().body();

        assertThat(body.length).isGreaterThan(200 * 1024);
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(large);
    }

    @Test
    void leavesAMalformedTriggeredAtOutRatherThanRejectingTheEvent() {
        String message = event(event -> {
            metadata(event).put("X-Shopify-Triggered-At", "yesterday");
            return event;
        });

        assertThat(accepted(reader.read(message, RECEIVED)).webhook().triggeredAt())
                .isNull();
    }

    /** The event as an EventBridge rule hands it to SQS (platforms.md section 2.2), changed by {@code change}. */
    static String event(UnaryOperator<ObjectNode> change) {
        ObjectNode event = (ObjectNode) EXACT.readTree("""
                {"version": "0", "id": "c3f2f6a0-7a5e-7d1e-9e1c-0d4d1b7c6a11", "detail-type": "shopifyWebhook",
                 "source": "aws.partner/shopify.com/1830279/order-relay", "account": "123456789012",
                 "time": "2026-10-02T09:14:58Z", "region": "us-east-1", "resources": [],
                 "detail": {
                   "metadata": {
                     "Content-Type": "application/json",
                     "X-Shopify-Topic": "orders/create",
                     "X-Shopify-Hmac-Sha256": "XWmrwMey6OsLMeiZKwP4FppHH3cmAiiJJAweH5Jo4bM=",
                     "X-Shopify-Shop-Domain": "demo.myshopify.com",
                     "X-Shopify-Webhook-Id": "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
                     "X-Shopify-Triggered-At": "2026-10-02T09:14:58.123456789Z",
                     "X-Shopify-Event-Id": "98880550-7158-44d4-b7cd-2c97c8a091b5",
                     "X-Shopify-API-Version": "2026-10"
                   },
                   "payload": %s
                 }}""".formatted(PAYLOAD));
        return EXACT.writeValueAsString(change.apply(event));
    }

    private static ObjectNode detail(ObjectNode event) {
        return (ObjectNode) event.get("detail");
    }

    private static ObjectNode metadata(ObjectNode event) {
        return (ObjectNode) detail(event).get("metadata");
    }

    private static EventRead.Accepted accepted(EventRead read) {
        assertThat(read).isInstanceOf(EventRead.Accepted.class);
        return (EventRead.Accepted) read;
    }

    private static EventRead.Rejected rejected(EventRead read) {
        assertThat(read).isInstanceOf(EventRead.Rejected.class);
        return (EventRead.Rejected) read;
    }
}
