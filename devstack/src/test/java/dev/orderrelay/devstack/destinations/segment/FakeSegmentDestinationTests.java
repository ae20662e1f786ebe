package dev.orderrelay.devstack.destinations.segment;

import static dev.orderrelay.devstack.destinations.segment.SegmentRequests.WRITE_KEY;
import static dev.orderrelay.devstack.destinations.segment.SegmentRequests.batch;
import static dev.orderrelay.devstack.destinations.segment.SegmentRequests.orderCompleted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.orderrelay.devstack.destinations.DroppedEvent;
import dev.orderrelay.devstack.destinations.RecordedEvent;
import dev.orderrelay.devstack.destinations.Region;
import dev.orderrelay.devstack.time.MutableClock;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What Segment's HTTP API keeps, refuses, and silently drops behind a 200, as the fake plays it over HTTP. */
class FakeSegmentDestinationTests {

    private static final Instant NOW = Instant.parse("2025-11-24T10:00:00Z");
    private static final String SHOP = "shop-a.myshopify.com";
    private static final String ORDER = "5551234567890123456";

    private final FakeSegmentDestination segment = FakeSegmentDestination.start(0, 0, new MutableClock(NOW));
    private final SegmentRequests requests = new SegmentRequests();

    FakeSegmentDestinationTests() {
        segment.register(SHOP, WRITE_KEY, Region.US);
    }

    @AfterEach
    void stop() {
        requests.close();
        segment.close();
    }

    private HttpResponse<String> track(String writeKey, String message) throws Exception {
        return requests.post(segment.trackUri(Region.US), writeKey, message);
    }

    @Test
    void keepsATrackCallAuthenticatedByBasicAuth() throws Exception {
        HttpResponse<String> response = track(WRITE_KEY, orderCompleted("msg-1", ORDER));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SegmentRequests.parse(response.body()).get("success").booleanValue())
                .isTrue();
        assertThat(segment.events()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo("segment");
            assertThat(event.destination()).isEqualTo(SHOP);
            assertThat(event.shop()).isEqualTo(SHOP);
            assertThat(event.key()).isEqualTo("msg-1");
            assertThat(event.orderId()).isEqualTo(ORDER);
            assertThat(event.event()).isEqualTo("Order Completed");
            assertThat(event.type()).isEqualTo("track");
            assertThat(event.duplicate()).isFalse();
            assertThat(event.receivedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void keepsABatchAuthenticatedByTheWriteKeyInTheBodyWithoutRecordingTheKey() throws Exception {
        String body = "{\"writeKey\": \"" + WRITE_KEY + "\", \"batch\": [" + orderCompleted("msg-1", "1") + ","
                + orderCompleted("msg-2", "2") + "]}";

        HttpResponse<String> response = requests.post(segment.batchUri(Region.US), null, body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(segment.events()).extracting(RecordedEvent::key).containsExactly("msg-1", "msg-2");
        assertThat(segment.events())
                .allSatisfy(event -> assertThat(event.payload().has("writeKey")).isFalse());
    }

    @Test
    void flagsARepeatedMessageIdAsADuplicate() throws Exception {
        track(WRITE_KEY, orderCompleted("msg-1", ORDER));
        requests.post(segment.batchUri(Region.US), WRITE_KEY, batch(List.of(orderCompleted("msg-1", ORDER))));

        assertThat(segment.events())
                .extracting(RecordedEvent::key, RecordedEvent::duplicate)
                .containsExactly(tuple("msg-1", false), tuple("msg-1", true));
    }

    @Test
    void dropsAMessageWithoutUserIdOrAnonymousIdBehindA200() throws Exception {
        String anonymous = orderCompleted("msg-1", ORDER).replace("\"userId\": \"customer-42\", ", "");

        HttpResponse<String> response = track(WRITE_KEY, anonymous);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SegmentRequests.parse(response.body()).get("success").booleanValue())
                .isTrue();
        assertThat(segment.events()).isEmpty();
        assertThat(segment.dropped()).singleElement().satisfies(dropped -> {
            assertThat(dropped.reason()).isEqualTo("userId or anonymousId is required");
            assertThat(dropped.orderId()).isEqualTo(ORDER);
            assertThat(dropped.event()).isEqualTo("Order Completed");
            assertThat(dropped.shop()).isEqualTo(SHOP);
        });
    }

    @Test
    void dropsATrackCallWithoutAnEventNameAndKeepsItsValidNeighbours() throws Exception {
        String unnamed = orderCompleted("msg-2", "2").replace("\"event\": \"Order Completed\", ", "");

        requests.post(segment.batchUri(Region.US), WRITE_KEY, batch(List.of(orderCompleted("msg-1", "1"), unnamed)));

        assertThat(segment.events()).extracting(RecordedEvent::key).containsExactly("msg-1");
        assertThat(segment.dropped())
                .extracting(DroppedEvent::reason)
                .containsExactly("a track call needs an event name");
    }

    @Test
    void dropsMessagesSentWithAnUnknownWriteKey() throws Exception {
        assertThat(track("wk-nobody", orderCompleted("msg-1", ORDER)).statusCode())
                .isEqualTo(200);

        assertThat(segment.events()).isEmpty();
        assertThat(segment.dropped()).singleElement().satisfies(dropped -> {
            assertThat(dropped.reason()).isEqualTo("unknown write key");
            assertThat(dropped.destination()).isNull();
        });
    }

    @Test
    void dropsMessagesSentToTheOtherRegionsHost() throws Exception {
        segment.register("shop-eu", "shop-eu.myshopify.com", "wk-shop-eu", Region.EU);

        HttpResponse<String> wrongHost =
                requests.post(segment.trackUri(Region.US), "wk-shop-eu", orderCompleted("msg-1", ORDER));
        HttpResponse<String> rightHost =
                requests.post(segment.trackUri(Region.EU), "wk-shop-eu", orderCompleted("msg-2", ORDER));

        assertThat(wrongHost.statusCode()).isEqualTo(200);
        assertThat(rightHost.statusCode()).isEqualTo(200);
        assertThat(segment.baseUri(Region.EU)).isNotEqualTo(segment.baseUri(Region.US));
        assertThat(segment.events()).extracting(RecordedEvent::key).containsExactly("msg-2");
        assertThat(segment.dropped())
                .singleElement()
                .satisfies(dropped -> assertThat(dropped.reason())
                        .isEqualTo("the write key's workspace is in the eu region; sent to the us endpoint"));
    }

    @Test
    void refusesAMessageOver32KilobytesWithA400() throws Exception {
        String big = orderCompleted("msg-1", ORDER)
                .replace("\"currency\": \"EUR\"", "\"note\": \"" + "x".repeat(33_000) + "\"");

        HttpResponse<String> single = track(WRITE_KEY, big);
        HttpResponse<String> inBatch = requests.post(segment.batchUri(Region.US), WRITE_KEY, batch(List.of(big)));

        assertThat(single.statusCode()).isEqualTo(400);
        assertThat(SegmentRequests.parse(single.body()).get("error").stringValue())
                .isEqualTo("Exceed payload limit");
        assertThat(inBatch.statusCode()).isEqualTo(400);
        assertThat(segment.events()).isEmpty();
    }

    @Test
    void refusesABatchOver500KilobytesWithA400() throws Exception {
        String padded = orderCompleted("msg-1", ORDER)
                .replace("\"currency\": \"EUR\"", "\"note\": \"" + "x".repeat(20_000) + "\"");

        HttpResponse<String> response =
                requests.post(segment.batchUri(Region.US), WRITE_KEY, batch(Collections.nCopies(26, padded)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SegmentRequests.parse(response.body()).get("error").stringValue())
                .isEqualTo("Exceed payload limit");
    }

    @Test
    void answers200ToABatchOver2500EventsButDropsThemAll() throws Exception {
        String tiny = "{\"type\": \"track\", \"userId\": \"u1\", \"event\": \"E\"}";

        HttpResponse<String> response =
                requests.post(segment.batchUri(Region.US), WRITE_KEY, batch(Collections.nCopies(2501, tiny)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(segment.events()).isEmpty();
        assertThat(segment.dropped())
                .hasSize(2501)
                .allSatisfy(dropped -> assertThat(dropped.reason()).contains("at most 2500"));
    }

    @Test
    void refusesABodyThatIsNotJsonWithA400() throws Exception {
        HttpResponse<String> response = track(WRITE_KEY, "{\"type\": \"track\",");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SegmentRequests.parse(response.body()).get("error").stringValue())
                .isEqualTo("Invalid JSON");
    }
}
