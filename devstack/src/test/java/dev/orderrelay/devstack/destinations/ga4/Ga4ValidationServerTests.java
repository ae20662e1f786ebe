package dev.orderrelay.devstack.destinations.ga4;

import static dev.orderrelay.devstack.destinations.ga4.Ga4Requests.API_SECRET;
import static dev.orderrelay.devstack.destinations.ga4.Ga4Requests.MEASUREMENT_ID;
import static dev.orderrelay.devstack.destinations.ga4.Ga4Requests.body;
import static dev.orderrelay.devstack.destinations.ga4.Ga4Requests.event;
import static dev.orderrelay.devstack.destinations.ga4.Ga4Requests.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.orderrelay.devstack.time.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The validation messages of {@code /debug/mp/collect}, in GA4's shape and codes, and that it keeps nothing. */
class Ga4ValidationServerTests {

    private static final Instant NOW = Instant.parse("2025-11-24T10:00:00Z");

    private final FakeGa4Destination ga4 = FakeGa4Destination.start(0, new MutableClock(NOW));
    private final Ga4Requests requests = new Ga4Requests();

    Ga4ValidationServerTests() {
        ga4.register("shop-a.myshopify.com", MEASUREMENT_ID, API_SECRET);
    }

    @AfterEach
    void stop() {
        requests.close();
        ga4.close();
    }

    /** The messages as (fieldPath, validationCode) pairs. */
    private List<org.assertj.core.groups.Tuple> validate(String body) throws Exception {
        HttpResponse<String> response = requests.post(ga4.debugUri(), MEASUREMENT_ID, null, body);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        List<org.assertj.core.groups.Tuple> found = new ArrayList<>();
        for (JsonNode message : Ga4Requests.parse(response.body()).get("validationMessages")) {
            assertThat(message.get("description").stringValue()).isNotBlank();
            found.add(tuple(
                    message.get("fieldPath").stringValue(),
                    message.get("validationCode").stringValue()));
        }
        return found;
    }

    @Test
    void answersAnEmptyListForAValidRequestWithoutCheckingTheSecretAndKeepsNothing() throws Exception {
        assertThat(validate(body(NOW, purchase("T-1", "19.99")))).isEmpty();

        assertThat(ga4.events()).isEmpty();
        assertThat(ga4.dropped()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no currency with value     | \"transaction_id\": \"T-1\", \"value\": 10"
                        + "                                 | events[0].params.currency       | VALUE_REQUIRED",
                "lower-case currency        | \"transaction_id\": \"T-1\", \"value\": 10, \"currency\": \"eur\""
                        + "             | events[0].params.currency       | VALUE_INVALID",
                "value as a string          | \"transaction_id\": \"T-1\", \"value\": \"10\", \"currency\": \"EUR\""
                        + "         | events[0].params.value          | VALUE_INVALID",
                "no transaction id          | \"value\": 10, \"currency\": \"EUR\""
                        + "                             | events[0].params.transaction_id | VALUE_REQUIRED",
                "item without id or name    | \"transaction_id\": \"T-1\", \"items\": [{\"price\": 1}]"
                        + "             | events[0].params.items[0]       | VALUE_REQUIRED",
                "reserved parameter name    | \"transaction_id\": \"T-1\", \"firebase_x\": 1"
                        + "                      | events[0].params.firebase_x     | NAME_RESERVED",
                "parameter name with a dash | \"transaction_id\": \"T-1\", \"bad-name\": 1"
                        + "                        | events[0].params.bad-name       | NAME_INVALID",
            })
    void namesTheFieldAndCodeOfAPurchaseMistake(String mistake, String params, String fieldPath, String code)
            throws Exception {
        assertThat(validate(body(NOW, event("purchase", params)))).containsExactly(tuple(fieldPath, code));
    }

    @Test
    void refusesParameterValuesOver100CharactersAndMoreThan25Parameters() throws Exception {
        StringBuilder params = new StringBuilder("\"transaction_id\": \"T-1\", \"note\": \"" + "x".repeat(101) + "\"");
        for (int i = 0; i < 24; i++) {
            params.append(", \"p").append(i).append("\": 1");
        }

        assertThat(validate(body(NOW, event("purchase", params.toString()))))
                .containsExactlyInAnyOrder(
                        tuple("events[0].params", "EXCEEDED_MAX_ENTITIES"),
                        tuple("events[0].params.note", "VALUE_OUT_OF_BOUNDS"));
    }

    @Test
    void refusesMoreThan200ItemsInAnEvent() throws Exception {
        String items = String.join(",", java.util.Collections.nCopies(201, "{\"item_id\": \"SKU\"}"));

        assertThat(validate(body(NOW, event("purchase", "\"transaction_id\": \"T-1\", \"items\": [" + items + "]"))))
                .containsExactly(tuple("events[0].params.items", "EXCEEDED_MAX_ENTITIES"));
    }

    @Test
    void refusesEventNamesThatAreReservedTooLongOrMalformed() throws Exception {
        assertThat(validate(body(
                        NOW,
                        event("session_start", "\"a\": 1"),
                        event("e".repeat(41), "\"a\": 1"),
                        event("1st_event", "\"a\": 1"))))
                .containsExactly(
                        tuple("events[0].name", "NAME_RESERVED"),
                        tuple("events[1].name", "NAME_INVALID"),
                        tuple("events[2].name", "NAME_INVALID"));
    }

    @Test
    void requiresAClientIdAndAtMost25Events() throws Exception {
        String events = String.join(",", java.util.Collections.nCopies(26, purchase("T-1", "1.00")));

        assertThat(validate("{\"events\": [" + events + "]}"))
                .containsExactly(tuple("client_id", "VALUE_REQUIRED"), tuple("events", "EXCEEDED_MAX_ENTITIES"));
    }

    @Test
    void refusesTimestampsFromTheFutureOrOlderThan72Hours() throws Exception {
        assertThat(validate(body(NOW.plus(Duration.ofMinutes(5)), purchase("T-1", "1.00"))))
                .containsExactly(tuple("timestamp_micros", "VALUE_OUT_OF_BOUNDS"));
        assertThat(validate(body(NOW.minus(Duration.ofHours(73)), purchase("T-1", "1.00"))))
                .containsExactly(tuple("timestamp_micros", "VALUE_OUT_OF_BOUNDS"));
    }

    @Test
    void refusesABodyThatIsNotAJsonObject() throws Exception {
        assertThat(validate("{\"client_id\": ")).containsExactly(tuple("", "VALUE_INVALID"));
    }

    @Test
    void listsARejectedOrderOnItsTransactionId() throws Exception {
        ga4.rejectOrders(Set.of("T-9"), "transaction blocked by a test");

        HttpResponse<String> response =
                requests.post(ga4.debugUri(), MEASUREMENT_ID, null, body(NOW, purchase("T-9", "1.00")));

        JsonNode message =
                Ga4Requests.parse(response.body()).get("validationMessages").get(0);
        assertThat(message.get("fieldPath").stringValue()).isEqualTo("events[0].params.transaction_id");
        assertThat(message.get("description").stringValue()).isEqualTo("transaction blocked by a test");
        assertThat(message.get("validationCode").stringValue()).isEqualTo("VALUE_INVALID");
    }
}
