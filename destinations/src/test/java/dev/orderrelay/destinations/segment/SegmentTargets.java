package dev.orderrelay.destinations.segment;

import dev.orderrelay.destinations.DestinationKind;
import dev.orderrelay.destinations.DestinationSecret;
import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.RecordedRequest;
import dev.orderrelay.destinations.RecordingPeer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Segment targets, settings and request readers the tests of this package share. */
final class SegmentTargets {

    /** A write key made for these tests, shaped like Segment's (32 characters). */
    static final String WRITE_KEY = "wk7Qp2Lx9Vb4Nz6Rt8Ys1Ud3Hf5Jg0Ka";
    /** Base64 of {@link #WRITE_KEY} and a colon, worked out by hand, not by the code under test. */
    static final String BASIC_CREDENTIALS = "d2s3UXAyTHg5VmI0Tno2UnQ4WXMxVWQzSGY1SmcwS2E6";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SegmentTargets() {}

    /** A target named {@code analytics} with these settings and {@link #WRITE_KEY}. */
    static DestinationTarget target(Map<String, String> settings) {
        return target(settings, DestinationSecret.of(WRITE_KEY));
    }

    static DestinationTarget target(Map<String, String> settings, DestinationSecret secret) {
        return new DestinationTarget("analytics", DestinationKind.SEGMENT, settings, secret);
    }

    /** Settings sending US traffic to {@code peer}'s {@code /us} and EU traffic to its {@code /eu}. */
    static SegmentDestinationSettings settingsAt(RecordingPeer peer) {
        return settingsAt(peer.uri("/us").toString(), peer.uri("/eu").toString());
    }

    static SegmentDestinationSettings settingsAt(String us, String eu) {
        return SegmentDestinationSettings.defaults()
                .withEndpoints(URI.create(us), URI.create(eu))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    /** The calls of a {@code /v1/batch} request, in order. */
    static JsonNode batchOf(RecordedRequest request) {
        return batchOf(request.bodyText());
    }

    static JsonNode batchOf(String body) {
        return MAPPER.readTree(body).get("batch");
    }

    /** The {@code messageId}s of a {@code /v1/batch} request, in order. */
    static List<String> messageIds(String body) {
        List<String> ids = new ArrayList<>();
        batchOf(body).forEach(call -> ids.add(call.get("messageId").stringValue()));
        return ids;
    }
}
