package dev.orderrelay.destinations.ga4;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.FailureScope;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.destinations.PeerAnswer;
import dev.orderrelay.destinations.RecordedRequest;
import dev.orderrelay.destinations.RecordingPeer;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.RetryLater;
import dev.orderrelay.destinations.SettableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batches within GA4's limits (one client per request, at most 25 events), and GA4's validation server: its messages
 * refuse exactly the events they concern, and nothing it has not passed reaches {@code /mp/collect}.
 */
class Ga4BatchTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SettableClock clock = new SettableClock(DestinationFixtures.OCCURRED_AT.plus(Duration.ofHours(1)));
    private RecordingPeer peer;
    private Ga4Destination destination;

    @BeforeEach
    void start() {
        peer = RecordingPeer.start();
        peer.answer(PeerAnswer.status(200).withBody("{\"validationMessages\":[]}"));
        destination = Ga4TestTargets.destinationAt(peer, clock);
    }

    @AfterEach
    void stop() {
        destination.close();
        peer.close();
    }

    @Test
    void sendsEventsOfOneClientInRequestsOfAtMost25Events() {
        List<OutboundEvent> events = orders(30);

        List<DeliveryOutcome> outcomes = destination.sendAll(events, Ga4TestTargets.target());

        assertThat(outcomes)
                .hasSize(30)
                .allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Delivered.class));
        assertThat(peer.requests()).hasSize(2);
        assertThat(transactionIds(peer.requests().get(0))).hasSize(25).first().isEqualTo("1000");
        assertThat(transactionIds(peer.requests().get(1))).containsExactly("1025", "1026", "1027", "1028", "1029");
    }

    @Test
    void sendsEventsOfDifferentClientsInSeparateRequests() {
        List<OutboundEvent> events = List.of(
                DestinationFixtures.purchaseEur(),
                DestinationFixtures.purchaseJpy(),
                DestinationFixtures.refundPartialEur());

        List<DeliveryOutcome> outcomes = destination.sendAll(events, Ga4TestTargets.target());

        assertThat(outcomes)
                .hasSize(3)
                .allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Delivered.class));
        assertThat(peer.requests()).hasSize(2);
        assertThat(body(peer.requests().get(0)).path("client_id").stringValue()).isEqualTo("1234567890.1732442130");
        assertThat(transactionIds(peer.requests().get(0))).hasSize(2);
        assertThat(body(peer.requests().get(1)).path("user_id").stringValue()).isEqualTo("7712340000000001");
    }

    @Test
    void deliversTheRestOfABatchWhenOneEventIsRefusedLocally() {
        OutboundEvent tooOld = Ga4Orders.purchaseEur(order -> order.put("orderId", "2000")
                .put(
                        "occurredAt",
                        DestinationFixtures.OCCURRED_AT
                                .minus(Duration.ofDays(5))
                                .toString()));
        List<OutboundEvent> events = List.of(orders(1).getFirst(), tooOld, Ga4Orders.purchaseEurAsOrder("3000"));

        List<DeliveryOutcome> outcomes = destination.sendAll(events, Ga4TestTargets.target());

        assertThat(outcomes.get(0)).isInstanceOf(Delivered.class);
        assertThat(((Rejected) outcomes.get(1)).reason()).contains("order 2000").contains("72 h");
        assertThat(outcomes.get(2)).isInstanceOf(Delivered.class);
        assertThat(peer.requests())
                .singleElement()
                .satisfies(request -> assertThat(transactionIds(request)).containsExactly("1000", "3000"));
    }

    @Test
    void validatesTheVeryBodyItThenSends() {
        destination.send(DestinationFixtures.purchaseEur(), Ga4TestTargets.target("validate", "true"));

        assertThat(peer.requests()).hasSize(2);
        RecordedRequest validation = peer.requests().get(0);
        RecordedRequest collect = peer.requests().get(1);
        assertThat(validation.path()).startsWith("/debug/mp/collect?measurement_id=G-TEST12345&api_secret=");
        assertThat(collect.path()).startsWith("/mp/collect?measurement_id=G-TEST12345&api_secret=");
        assertThat(validation.body()).isEqualTo(collect.body());
    }

    @Test
    void refusesOnlyTheEventsTheValidationServerNamesAndSendsTheOthers() {
        peer.answer(messages("events[1].params.currency", "Currency is invalid"));

        List<DeliveryOutcome> outcomes = destination.sendAll(orders(3), Ga4TestTargets.target("validate", "true"));

        assertThat(outcomes.get(0)).isInstanceOf(Delivered.class);
        assertThat(((Rejected) outcomes.get(1)).reason())
                .contains("order 1001")
                .contains("GA4's validation server refused it")
                .contains("events[1].params.currency: Currency is invalid (VALUE_INVALID)");
        assertThat(outcomes.get(2)).isInstanceOf(Delivered.class);
        assertThat(peer.requests()).hasSize(2);
        assertThat(transactionIds(peer.requests().get(1))).containsExactly("1000", "1002");
    }

    @Test
    void asksAboutEachEventAloneWhenTheValidationServerDoesNotSayWhichItMeans() {
        peer.answer(messages("events", "Something is wrong"));

        List<DeliveryOutcome> outcomes = destination.sendAll(orders(3), Ga4TestTargets.target("validate", "true"));

        assertThat(outcomes)
                .allSatisfy(outcome -> assertThat(((Rejected) outcome).reason()).contains("Something is wrong"));
        assertThat(peer.requests())
                .hasSize(4)
                .allSatisfy(request -> assertThat(request.path()).startsWith("/debug/mp/collect?"));
        assertThat(transactionIds(peer.requests().get(3))).containsExactly("1002");
    }

    @Test
    void retriesTheWholeEndpointLaterWhenTheValidationServerFailsAndCollectsNothing() {
        peer.answer(PeerAnswer.status(503).withHeader("Retry-After", "30"));

        DeliveryOutcome outcome =
                destination.send(DestinationFixtures.purchaseEur(), Ga4TestTargets.target("validate", "true"));

        RetryLater retry = (RetryLater) outcome;
        assertThat(retry.scope()).isEqualTo(FailureScope.ENDPOINT);
        assertThat(retry.delay()).contains(Duration.ofSeconds(30));
        assertThat(retry.reason()).contains("GA4's validation server answered HTTP 503");
        assertThat(peer.requests())
                .singleElement()
                .satisfies(request -> assertThat(request.path()).startsWith("/debug/mp/collect?"));
    }

    @Test
    void retriesLaterWhenTheValidationServerAnswersWithoutItsMessages() {
        peer.answer(PeerAnswer.status(200).withBody("<html>maintenance</html>"));

        DeliveryOutcome outcome =
                destination.send(DestinationFixtures.purchaseEur(), Ga4TestTargets.target("validate", "true"));

        assertThat(((RetryLater) outcome).reason()).contains("without readable validation messages");
        assertThat(peer.requests()).hasSize(1);
    }

    /** {@code count} purchases of one guest with one GA client id, orders 1000, 1001, ... */
    private static List<OutboundEvent> orders(int count) {
        List<OutboundEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(Ga4Orders.purchaseEurAsOrder(Integer.toString(1000 + i)));
        }
        return events;
    }

    private static PeerAnswer messages(String fieldPath, String description) {
        return PeerAnswer.status(200)
                .withBody("{\"validationMessages\":[{\"fieldPath\":\"" + fieldPath + "\",\"description\":\""
                        + description + "\",\"validationCode\":\"VALUE_INVALID\"}]}");
    }

    private static List<String> transactionIds(RecordedRequest request) {
        List<String> ids = new ArrayList<>();
        for (JsonNode event : body(request).path("events")) {
            ids.add(event.path("params").path("transaction_id").stringValue());
        }
        return ids;
    }

    private static JsonNode body(RecordedRequest request) {
        return JSON.readTree(request.bodyText());
    }
}
