package dev.orderrelay.devstack.destinations.amplitude;

import static dev.orderrelay.devstack.destinations.amplitude.AmplitudeRequests.API_KEY;
import static dev.orderrelay.devstack.destinations.amplitude.AmplitudeRequests.orderEvent;
import static dev.orderrelay.devstack.destinations.amplitude.AmplitudeRequests.upload;
import static dev.orderrelay.devstack.destinations.amplitude.FakeAmplitudeDestinationTests.indices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orderrelay.devstack.destinations.Fault;
import dev.orderrelay.devstack.destinations.RecordedEvent;
import dev.orderrelay.devstack.destinations.Region;
import dev.orderrelay.devstack.time.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** How the fake Amplitude fails when told to, in Amplitude's own bodies, and its per-order rejections. */
class FakeAmplitudeDestinationFaultTests {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final FakeAmplitudeDestination amplitude =
            FakeAmplitudeDestination.start(0, 0, new MutableClock(Instant.parse("2025-11-24T10:00:00Z")));
    private final AmplitudeRequests requests = new AmplitudeRequests();
    private final String twoOrders =
            upload(orderEvent("customer-42", "1001", "ins-1001"), orderEvent("device-77", "1002", "ins-1002"));

    FakeAmplitudeDestinationFaultTests() {
        amplitude.register("shop-a.myshopify.com", API_KEY, Region.US);
    }

    @AfterEach
    void stop() {
        requests.close();
        amplitude.close();
    }

    private HttpResponse<String> send(String body) throws Exception {
        return requests.post(amplitude.httpApiUri(Region.US), body);
    }

    @Test
    void answersAClientErrorFaultListingEveryEventAsInvalid() throws Exception {
        amplitude.setFault(Fault.status(400).forOrders(1));

        HttpResponse<String> response = send(twoOrders);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = AmplitudeRequests.parse(response.body());
        assertThat(body.get("code").intValue()).isEqualTo(400);
        assertThat(indices(body.get("events_with_invalid_fields").get("event_properties")))
                .containsExactly(0, 1);
        assertThat(amplitude.events()).isEmpty();
        assertThat(send(twoOrders).statusCode()).isEqualTo(200);
    }

    @Test
    void answersAServerErrorFaultBare() throws Exception {
        amplitude.setFault(Fault.status(503));

        HttpResponse<String> response = send(twoOrders);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void throttlesWithRetryAfterAndEveryIdOfTheUploadListed() throws Exception {
        amplitude.setFault(Fault.throttle().forSeconds(30));

        HttpResponse<String> response = send(twoOrders);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
        JsonNode body = AmplitudeRequests.parse(response.body());
        assertThat(body.get("throttled_users").propertyNames()).containsExactlyInAnyOrder("customer-42", "device-77");
        assertThat(indices(body.get("throttled_events"))).containsExactly(0, 1);
        assertThat(amplitude.events()).isEmpty();
    }

    @Test
    void holdsAHungUploadUntilTheFaultIsCleared() throws Exception {
        amplitude.setFault(Fault.hang());

        CompletableFuture<HttpResponse<String>> pending = requests.client()
                .sendAsync(
                        AmplitudeRequests.request(amplitude.httpApiUri(Region.US), twoOrders, WAIT),
                        HttpResponse.BodyHandlers.ofString());
        await().atMost(WAIT).until(() -> amplitude.heldRequests() == 1);
        amplitude.clearFault();

        assertThat(pending.get(WAIT.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(503);
        assertThat(amplitude.events()).isEmpty();
    }

    @Test
    void refusesAnUploadWithARejectedOrderListingItsIndexThenTakesTheRestAndLaterTheFixedOrderOnce() throws Exception {
        amplitude.rejectOrders(Set.of("1002"), "order refused by a test");

        HttpResponse<String> refused = send(twoOrders);
        HttpResponse<String> rest = send(upload(orderEvent("customer-42", "1001", "ins-1001")));
        amplitude.clearRejections();
        HttpResponse<String> fixed = send(upload(orderEvent("device-77", "1002", "ins-1002")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(indices(AmplitudeRequests.parse(refused.body())
                        .get("events_with_invalid_fields")
                        .get("event_properties")))
                .containsExactly(1);
        assertThat(rest.statusCode()).isEqualTo(200);
        assertThat(fixed.statusCode()).isEqualTo(200);
        assertThat(amplitude.events())
                .extracting(RecordedEvent::orderId, RecordedEvent::duplicate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1001", false),
                        org.assertj.core.groups.Tuple.tuple("1002", false));
    }
}
