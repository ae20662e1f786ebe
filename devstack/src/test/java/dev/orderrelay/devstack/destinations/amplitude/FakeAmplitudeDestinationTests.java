package dev.orderrelay.devstack.destinations.amplitude;

import static dev.orderrelay.devstack.destinations.amplitude.AmplitudeRequests.API_KEY;
import static dev.orderrelay.devstack.destinations.amplitude.AmplitudeRequests.copies;
import static dev.orderrelay.devstack.destinations.amplitude.AmplitudeRequests.orderEvent;
import static dev.orderrelay.devstack.destinations.amplitude.AmplitudeRequests.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.orderrelay.devstack.destinations.RecordedEvent;
import dev.orderrelay.devstack.destinations.Region;
import dev.orderrelay.devstack.time.MutableClock;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What Amplitude's HTTP V2 API ingests and refuses, in its own response bodies, as the fake plays it over HTTP. */
class FakeAmplitudeDestinationTests {

    private static final Instant NOW = Instant.parse("2025-11-24T10:00:00Z");
    private static final String SHOP = "shop-a.myshopify.com";
    private static final String ORDER = "5551234567890123456";

    private final MutableClock clock = new MutableClock(NOW);
    private final FakeAmplitudeDestination amplitude = FakeAmplitudeDestination.start(0, 0, clock);
    private final AmplitudeRequests requests = new AmplitudeRequests();

    FakeAmplitudeDestinationTests() {
        amplitude.register(SHOP, API_KEY, Region.US);
    }

    @AfterEach
    void stop() {
        requests.close();
        amplitude.close();
    }

    private HttpResponse<String> send(String body) throws Exception {
        return requests.post(amplitude.httpApiUri(Region.US), body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return AmplitudeRequests.parse(response.body());
    }

    @Test
    void ingestsAValidUploadAndAnswersTheSuccessSummary() throws Exception {
        String body = upload(orderEvent("customer-42", ORDER, "shop-a-" + ORDER + "-purchase"));

        HttpResponse<String> response = send(body);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode summary = json(response);
        assertThat(summary.get("code").intValue()).isEqualTo(200);
        assertThat(summary.get("events_ingested").intValue()).isEqualTo(1);
        assertThat(summary.get("payload_size_bytes").intValue()).isEqualTo(body.length());
        assertThat(summary.get("server_upload_time").longValue()).isEqualTo(NOW.toEpochMilli());
        assertThat(amplitude.events()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo("amplitude");
            assertThat(event.destination()).isEqualTo(SHOP);
            assertThat(event.shop()).isEqualTo(SHOP);
            assertThat(event.key()).isEqualTo("shop-a-" + ORDER + "-purchase");
            assertThat(event.orderId()).isEqualTo(ORDER);
            assertThat(event.event()).isEqualTo("Order Completed");
            assertThat(event.duplicate()).isFalse();
            assertThat(event.payload().get("revenue").decimalValue()).isEqualTo(new BigDecimal("19.99"));
        });
    }

    @Test
    void flagsARepeatedInsertIdWithinSevenDaysAsADuplicate() throws Exception {
        send(upload(orderEvent("customer-42", ORDER, "ins-1")));
        clock.advance(Duration.ofDays(7).minusSeconds(1));
        send(upload(orderEvent("customer-42", ORDER, "ins-1")));
        clock.advance(Duration.ofSeconds(1));
        send(upload(orderEvent("customer-42", ORDER, "ins-1")));

        assertThat(amplitude.events()).extracting(RecordedEvent::duplicate).containsExactly(false, true, false);
    }

    @Test
    void refusesAnUnknownApiKeyInAmplitudesWords() throws Exception {
        HttpResponse<String> response =
                send(upload("amp-key-nobody", java.util.List.of(orderEvent("customer-42", ORDER, "i"))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("code").intValue()).isEqualTo(400);
        assertThat(json(response).get("error").stringValue()).isEqualTo("Invalid API key: amp-key-nobody");
        assertThat(amplitude.events()).isEmpty();
    }

    @Test
    void refusesAProjectsKeyOnTheOtherRegionsHost() throws Exception {
        amplitude.register("shop-eu", "shop-eu.myshopify.com", "amp-key-eu", Region.EU);
        String body = upload("amp-key-eu", java.util.List.of(orderEvent("customer-42", ORDER, "i")));

        HttpResponse<String> wrongHost = requests.post(amplitude.httpApiUri(Region.US), body);
        HttpResponse<String> rightHost = requests.post(amplitude.httpApiUri(Region.EU), body);

        assertThat(wrongHost.statusCode()).isEqualTo(400);
        assertThat(json(wrongHost).get("error").stringValue()).isEqualTo("Invalid API key: amp-key-eu");
        assertThat(rightHost.statusCode()).isEqualTo(200);
        assertThat(amplitude.events()).extracting(RecordedEvent::destination).containsExactly("shop-eu");
    }

    @Test
    void namesAMissingApiKeyOrEventsArray() throws Exception {
        HttpResponse<String> noKey = send("{\"events\": [" + orderEvent("customer-42", ORDER, "i") + "]}");
        HttpResponse<String> noEvents = send("{\"api_key\": \"" + API_KEY + "\", \"events\": []}");

        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(json(noKey).get("error").stringValue()).isEqualTo("Request missing required field");
        assertThat(json(noKey).get("missing_field").stringValue()).isEqualTo("api_key");
        assertThat(json(noEvents).get("missing_field").stringValue()).isEqualTo("events");
    }

    @Test
    void refusesAnotherPathAsAmplitudeDoes() throws Exception {
        HttpResponse<String> response = requests.post(
                amplitude.baseUri(Region.US).resolve("/httpapi"), upload(orderEvent("customer-42", ORDER, "i")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").stringValue()).isEqualTo("Invalid request path");
    }

    @Test
    void refusesABodyThatIsNotJson() throws Exception {
        HttpResponse<String> response = send("{\"api_key\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").stringValue()).isEqualTo("Invalid JSON request body");
    }

    @Test
    void answers413AboveTwoThousandEventsOrOneMegabyte() throws Exception {
        String tiny = "{\"user_id\": \"customer-42\", \"event_type\": \"E\"}";
        String padded = orderEvent("customer-42", ORDER, "i")
                .replace("\"currency\": \"EUR\"", "\"note\": \"" + "x".repeat(600_000) + "\"");

        HttpResponse<String> tooMany = send(upload(API_KEY, copies(2001, tiny)));
        HttpResponse<String> tooBig = send(upload(API_KEY, copies(2, padded)));

        assertThat(tooMany.statusCode()).isEqualTo(413);
        assertThat(json(tooMany).get("error").stringValue()).isEqualTo("Payload too large");
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(amplitude.events()).isEmpty();
    }

    @Test
    void listsInvalidEventsByFieldAndIndexAndIngestsNoneOfTheUpload() throws Exception {
        String good = orderEvent("customer-42", ORDER, "i-0");
        String noType = "{\"user_id\": \"customer-42\"}";
        String stringTime = orderEvent("customer-42", ORDER, "i-2").replace("1763978400000", "\"2025-11-24\"");
        String noIds = "{\"event_type\": \"Order Completed\"}";

        HttpResponse<String> response = send(upload(good, noType, stringTime, noIds));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.get("code").intValue()).isEqualTo(400);
        assertThat(body.get("error").stringValue()).isEqualTo("Request missing required field");
        assertThat(indices(body.get("events_with_missing_fields").get("event_type")))
                .containsExactly(1);
        assertThat(indices(body.get("events_with_missing_fields").get("device_id")))
                .containsExactly(3);
        assertThat(indices(body.get("events_with_invalid_fields").get("time"))).containsExactly(2);
        assertThat(body.get("silenced_devices").isArray()).isTrue();
        assertThat(body.get("silenced_events").isArray()).isTrue();
        assertThat(amplitude.events()).isEmpty();
    }

    @Test
    void dropsAnIdShorterThanFiveCharactersAndRefusesTheEventOnlyWhenNoIdRemains() throws Exception {
        String shortDevice = "{\"user_id\": \"customer-42\", \"device_id\": \"ab\", \"event_type\": \"E\"}";
        String onlyShort = "{\"user_id\": \"abc\", \"event_type\": \"E\"}";

        HttpResponse<String> refused = send(upload(shortDevice, onlyShort));
        HttpResponse<String> taken = send(upload(shortDevice));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("events_with_invalid_id_lengths").propertyNames())
                .containsExactly("user_id");
        assertThat(indices(json(refused).get("events_with_invalid_id_lengths").get("user_id")))
                .containsExactly(1);
        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(amplitude.events()).singleElement().satisfies(event -> {
            assertThat(event.payload().has("device_id")).isFalse();
            assertThat(event.payload().get("user_id").stringValue()).isEqualTo("customer-42");
        });
    }

    @Test
    void takesShortIdsWhenTheUploadLowersTheMinimumLength() throws Exception {
        String body = "{\"api_key\": \"" + API_KEY + "\", \"options\": {\"min_id_length\": 3},"
                + " \"events\": [{\"user_id\": \"abc\", \"event_type\": \"E\"}]}";

        assertThat(send(body).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesIdsAmplitudeKeepsForNobodyAndReservedEventTypes() throws Exception {
        HttpResponse<String> response = send(upload(
                "{\"user_id\": \"undefined\", \"device_id\": \"device-1\", \"event_type\": \"E\"}",
                "{\"user_id\": \"customer-42\", \"event_type\": \"[Amplitude] Revenue\"}"));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode invalid = json(response).get("events_with_invalid_fields");
        assertThat(json(response).get("error").stringValue()).isEqualTo("Invalid field values on some events");
        assertThat(indices(invalid.get("user_id"))).containsExactly(0);
        assertThat(indices(invalid.get("event_type"))).containsExactly(1);
    }

    @Test
    void recordsEventsWithoutAnInsertIdUnderGeneratedKeysNeverDuplicates() throws Exception {
        String event = "{\"user_id\": \"customer-42\", \"event_type\": \"E\"}";
        send(upload(event));
        send(upload(event));

        assertThat(amplitude.events())
                .extracting(e -> e.key().startsWith("generated-"), RecordedEvent::duplicate)
                .containsExactly(tuple(true, false), tuple(true, false));
    }

    static java.util.List<Integer> indices(JsonNode array) {
        java.util.List<Integer> list = new java.util.ArrayList<>();
        array.values().forEach(node -> list.add(node.intValue()));
        return list;
    }
}
