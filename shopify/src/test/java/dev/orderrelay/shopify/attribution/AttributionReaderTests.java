package dev.orderrelay.shopify.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.core.envelope.PayloadFormat;
import dev.orderrelay.core.event.Attribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttributionReaderTests {

    private final AttributionReader reader = new AttributionReader();

    @Test
    void readsARestWebhookOrdersLandingReferrerAndCartAttributes() {
        String body = """
                {"id": 820982911946154508, "name": "#1001",
                 "landing_site": "/products/tee?utm_source=google&utm_medium=cpc&utm_campaign=autumn_sale&gclid=Cj0KabcXYZ",
                 "referring_site": "https://www.google.com/search?q=black+tee",
                 "note_attributes": [{"name": "_ga", "value": "GA1.1.1234567890.1700000000"},
                                     {"name": "_ga_session_id", "value": "1700000000"}],
                 "customer": {"id": 6940095012345, "email": "jon@example.com"}}
                """;

        OrderAttribution read = reader.read(body, PayloadFormat.REST_WEBHOOK);

        assertThat(read.attribution())
                .isEqualTo(new Attribution(
                        "google",
                        "cpc",
                        "autumn_sale",
                        null,
                        null,
                        "Cj0KabcXYZ",
                        null,
                        null,
                        "/products/tee",
                        "www.google.com"));
        assertThat(read.ids()).isEqualTo(new StorefrontIds("1234567890.1700000000", "1700000000", null, null));
        assertThat(read.firstOrder())
                .as("current REST order payloads carry no order count")
                .isNull();
    }

    @Test
    void readsTheLegacyRestOrderCountWhenAnOldPayloadHasIt() {
        assertThat(reader.read("{\"customer\": {\"id\": 1, \"orders_count\": 1}}", PayloadFormat.REST_WEBHOOK)
                        .firstOrder())
                .isTrue();
        assertThat(reader.read("{\"customer\": {\"id\": 1, \"orders_count\": 4}}", PayloadFormat.REST_WEBHOOK)
                        .firstOrder())
                .isFalse();
        assertThat(reader.read("{\"customer\": null}", PayloadFormat.REST_WEBHOOK)
                        .firstOrder())
                .isNull();
    }

    @Test
    void readsAnAdminGraphqlOrdersJourneyAndCustomAttributes() {
        String body = """
                {"legacyResourceId": "820982911946154508",
                 "customAttributes": [{"key": "ajs_anonymous_id", "value": "anon-7"}],
                 "customer": {"id": "gid://shopify/Customer/6940095012345", "numberOfOrders": "3"},
                 "customerJourneySummary": {
                   "ready": true,
                   "customerOrderIndex": 1,
                   "firstVisit": {"landingPage": "https://demo.myshopify.com/?utm_source=newsletter",
                                  "referrerUrl": "https://mail.example.com/"},
                   "lastVisit": {"landingPage": "https://demo.myshopify.com/products/mug?fbclid=IwAR2abc",
                                 "referrerUrl": "https://l.facebook.com/l.php?u=x",
                                 "utmParameters": {"source": "facebook", "medium": "paid_social",
                                                   "campaign": "retargeting_q4", "term": null, "content": null}}}}
                """;

        OrderAttribution read = reader.read(body, PayloadFormat.ADMIN_GRAPHQL);

        assertThat(read.attribution().source()).as("the last visit's").isEqualTo("facebook");
        assertThat(read.attribution().campaign()).isEqualTo("retargeting_q4");
        assertThat(read.attribution().fbclid()).isEqualTo("IwAR2abc");
        assertThat(read.attribution().landingPath()).isEqualTo("/products/mug");
        assertThat(read.attribution().referringDomain()).isEqualTo("l.facebook.com");
        assertThat(read.ids().segmentAnonymousId()).isEqualTo("anon-7");
        assertThat(read.firstOrder())
                .as("the order's own index wins over the customer's count")
                .isTrue();
    }

    @Test
    void fallsBackToTheFirstVisitAndTheCustomersOrderCount() {
        String body = """
                {"customer": {"numberOfOrders": "2"},
                 "customerJourneySummary": {"ready": false, "customerOrderIndex": null, "lastVisit": null,
                   "firstVisit": {"landingPage": "https://demo.myshopify.com/?utm_source=newsletter&utm_medium=email"}}}
                """;

        OrderAttribution read = reader.read(body, PayloadFormat.ADMIN_GRAPHQL);

        assertThat(read.attribution().source()).isEqualTo("newsletter");
        assertThat(read.firstOrder()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not json",
                "[1, 2, 3]",
                "\"a string\"",
                "{\"landing_site\": 42, \"referring_site\": {\"url\": \"x\"}, \"note_attributes\": \"_ga=1\"}",
                "{\"landing_site\": \"?utm_source=%\", \"customer\": {\"orders_count\": \"many\"}}",
                "{\"customerJourneySummary\": [], \"customAttributes\": {}, \"customer\": {\"numberOfOrders\": -1}}",
                "{\"truncated\": "
            })
    void neverThrowsAndFindsNothingInUnusableBodies(String body) {
        for (PayloadFormat format : PayloadFormat.values()) {
            OrderAttribution read = reader.read(body, format);

            assertThat(read.attribution()).isEqualTo(Attribution.none());
            assertThat(read.ids()).isEqualTo(StorefrontIds.none());
            assertThat(read.firstOrder()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void findsNothingWithoutABody(PayloadFormat format) {
        assertThat(reader.read(null, format)).isEqualTo(OrderAttribution.none());
    }
}
