package dev.orderrelay.devstack.destinations.segment;

import static dev.orderrelay.devstack.destinations.segment.SegmentRequests.WRITE_KEY;
import static dev.orderrelay.devstack.destinations.segment.SegmentRequests.orderCompleted;
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

/** How the fake Segment fails when told to, in Segment's error shape, and that a failed request keeps nothing. */
class FakeSegmentDestinationFaultTests {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String ORDER = "5551234567890123456";

    private final FakeSegmentDestination segment =
            FakeSegmentDestination.start(0, 0, new MutableClock(Instant.parse("2025-11-24T10:00:00Z")));
    private final SegmentRequests requests = new SegmentRequests();

    FakeSegmentDestinationFaultTests() {
        segment.register("shop-a.myshopify.com", WRITE_KEY, Region.US);
    }

    @AfterEach
    void stop() {
        requests.close();
        segment.close();
    }

    private HttpResponse<String> track(String messageId) throws Exception {
        return requests.post(segment.trackUri(Region.US), WRITE_KEY, orderCompleted(messageId, ORDER));
    }

    @Test
    void answersAClientErrorFaultWithAJsonErrorAndAServerErrorBare() throws Exception {
        segment.setFault(Fault.status(400).forOrders(1));
        HttpResponse<String> clientError = track("msg-1");
        segment.setFault(Fault.status(502).forOrders(1));
        HttpResponse<String> serverError = track("msg-2");

        assertThat(clientError.statusCode()).isEqualTo(400);
        assertThat(SegmentRequests.parse(clientError.body()).get("error").stringValue())
                .contains("400");
        assertThat(serverError.statusCode()).isEqualTo(502);
        assertThat(serverError.body()).isEmpty();
        assertThat(track("msg-3").statusCode()).isEqualTo(200);
        assertThat(segment.events()).extracting(RecordedEvent::key).containsExactly("msg-3");
    }

    @Test
    void throttlesWith429AndRetryAfter() throws Exception {
        segment.setFault(Fault.throttle().forSeconds(12));

        HttpResponse<String> response = track("msg-1");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("12");
        assertThat(segment.events()).isEmpty();
    }

    @Test
    void holdsAHungRequestUntilTheFaultIsCleared() throws Exception {
        segment.setFault(Fault.hang());

        CompletableFuture<HttpResponse<String>> pending = requests.client()
                .sendAsync(
                        SegmentRequests.request(
                                segment.trackUri(Region.US), WRITE_KEY, orderCompleted("msg-1", ORDER), WAIT),
                        HttpResponse.BodyHandlers.ofString());
        await().atMost(WAIT).until(() -> segment.heldRequests() == 1);
        segment.clearFault();

        assertThat(pending.get(WAIT.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(503);
        assertThat(segment.events()).isEmpty();
    }

    @Test
    void refusesARejectedOrderWithTheReasonThenKeepsItOnceAfterTheFix() throws Exception {
        segment.rejectOrders(Set.of(ORDER), "order_id refused by a test");

        HttpResponse<String> refused = track("msg-1");
        segment.clearRejections();
        HttpResponse<String> replayed = track("msg-1");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(SegmentRequests.parse(refused.body()).get("error").stringValue())
                .isEqualTo("order_id refused by a test");
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(segment.events()).extracting(RecordedEvent::duplicate).containsExactly(false);
    }
}
