package dev.orderrelay.devstack.destinations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.destinations.amplitude.FakeAmplitudeDestination;
import dev.orderrelay.devstack.destinations.ga4.FakeGa4Destination;
import dev.orderrelay.devstack.destinations.segment.FakeSegmentDestination;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every simulated peer keeps for the local run's simulator API, whatever its kind: one valid event is
 * listed under its kind and shop, a fault fails requests and leaves no event until cleared, and a rejected order is
 * kept out until the rejection is cleared, then delivered once.
 */
class SimulatedPeerContractTests {

    private static final String SHOP = "shop-a.myshopify.com";
    private static final Instant NOW = Instant.now();

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private PeerUnderTest under;

    @AfterEach
    void stop() {
        client.close();
        if (under != null) {
            under.peer().close();
        }
    }

    /** A started peer with {@link #SHOP} registered, and how to send it one valid event for an order. */
    interface PeerUnderTest {
        SimulatedPeer peer();

        HttpRequest event(String orderId, String key);
    }

    static Stream<String> kinds() {
        return Stream.of("webhook", "ga4", "segment", "amplitude");
    }

    private PeerUnderTest start(String kind) {
        under = switch (kind) {
            case "webhook" -> webhook();
            case "ga4" -> ga4();
            case "segment" -> segment();
            default -> amplitude();
        };
        return under;
    }

    private int send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void listsAnAcceptedEventUnderItsKindAndShop(String kind) throws Exception {
        PeerUnderTest peer = start(kind);

        int status = send(peer.event("1001", "key-1001"));

        assertThat(status).isBetween(200, 299);
        assertThat(peer.peer().kind()).isEqualTo(kind);
        assertThat(peer.peer().baseUri()).hasHost("127.0.0.1");
        assertThat(peer.peer().events(EventFilter.ANY.withShop(SHOP)))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.kind()).isEqualTo(kind);
                    assertThat(event.orderId()).isEqualTo("1001");
                    assertThat(event.duplicate()).isFalse();
                });
        assertThat(peer.peer().dropped()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void failsWhileAFaultIsSetAndRecordsNothingOfIt(String kind) throws Exception {
        PeerUnderTest peer = start(kind);
        peer.peer().setFault(Fault.status(503));

        int faulted = send(peer.event("1001", "key-1001"));
        assertThat(peer.peer().fault()).hasValue(Fault.status(503));
        peer.peer().clearFault();
        int accepted = send(peer.event("1001", "key-1001"));

        assertThat(faulted).isEqualTo(503);
        assertThat(accepted).isBetween(200, 299);
        assertThat(peer.peer().fault()).isEmpty();
        assertThat(peer.peer().events(EventFilter.ANY)).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void keepsARejectedOrderOutUntilTheRejectionIsClearedThenTakesItOnce(String kind) throws Exception {
        PeerUnderTest peer = start(kind);
        peer.peer().rejectOrders(Set.of("1001"), "refused by the contract test");

        send(peer.event("1001", "key-1001"));
        assertThat(peer.peer().events(EventFilter.ANY)).isEmpty();
        peer.peer().clearRejections();
        send(peer.event("1001", "key-1001"));

        assertThat(peer.peer().events(EventFilter.ANY))
                .singleElement()
                .satisfies(event -> assertThat(event.duplicate()).isFalse());
        peer.peer().clearEvents();
        assertThat(peer.peer().events(EventFilter.ANY)).isEmpty();
        assertThat(peer.peer().dropped()).isEmpty();
    }

    private static HttpRequest json(URI uri, String body, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder.build();
    }

    private static PeerUnderTest webhook() {
        FakeWebhookDestination peer = FakeWebhookDestination.start(0);
        URI url = peer.register(SHOP, WebhookSecret.of(SignedWebhookRequests.SPEC_SECRET));
        return new PeerUnderTest() {
            @Override
            public SimulatedPeer peer() {
                return peer;
            }

            @Override
            public HttpRequest event(String orderId, String key) {
                return SignedWebhookRequests.signed(
                        url,
                        SignedWebhookRequests.SPEC_SECRET,
                        key,
                        NOW.getEpochSecond(),
                        SignedWebhookRequests.orderEvent(SHOP, orderId, "order.purchase"));
            }
        };
    }

    private static PeerUnderTest ga4() {
        FakeGa4Destination peer = FakeGa4Destination.start(0);
        peer.register(SHOP, "G-CONTRACT", "contract-secret");
        return new PeerUnderTest() {
            @Override
            public SimulatedPeer peer() {
                return peer;
            }

            @Override
            public HttpRequest event(String orderId, String key) {
                URI uri = URI.create(peer.collectUri() + "?measurement_id=G-CONTRACT&api_secret=contract-secret");
                return json(
                        uri,
                        "{\"client_id\": \"555.1\", \"events\": [{\"name\": \"purchase\", \"params\": {"
                                + "\"transaction_id\": \"" + orderId
                                + "\", \"value\": 19.99, \"currency\": \"EUR\"}}]}");
            }
        };
    }

    private static PeerUnderTest segment() {
        FakeSegmentDestination peer = FakeSegmentDestination.start(0, 0);
        peer.register(SHOP, "wk-contract", Region.US);
        String basic = "Basic " + Base64.getEncoder().encodeToString("wk-contract:".getBytes(StandardCharsets.UTF_8));
        return new PeerUnderTest() {
            @Override
            public SimulatedPeer peer() {
                return peer;
            }

            @Override
            public HttpRequest event(String orderId, String key) {
                return json(
                        peer.trackUri(Region.US),
                        "{\"userId\": \"customer-1\", \"event\": \"Order Completed\", \"messageId\": \"" + key
                                + "\", \"properties\": {\"order_id\": \"" + orderId + "\"}}",
                        "Authorization",
                        basic);
            }
        };
    }

    private static PeerUnderTest amplitude() {
        FakeAmplitudeDestination peer = FakeAmplitudeDestination.start(0, 0);
        peer.register(SHOP, "amp-contract", Region.US);
        return new PeerUnderTest() {
            @Override
            public SimulatedPeer peer() {
                return peer;
            }

            @Override
            public HttpRequest event(String orderId, String key) {
                return json(
                        peer.httpApiUri(Region.US),
                        "{\"api_key\": \"amp-contract\", \"events\": [{\"user_id\": \"customer-1\","
                                + " \"event_type\": \"Order Completed\", \"insert_id\": \"" + key + "\","
                                + " \"event_properties\": {\"order_id\": \"" + orderId + "\"}}]}");
            }
        };
    }
}
