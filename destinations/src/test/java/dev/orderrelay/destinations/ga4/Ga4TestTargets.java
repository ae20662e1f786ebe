package dev.orderrelay.destinations.ga4;

import dev.orderrelay.destinations.DestinationKind;
import dev.orderrelay.destinations.DestinationSecret;
import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.RecordingPeer;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** GA4 targets for the tests of this package. */
final class Ga4TestTargets {

    static final String MEASUREMENT_ID = "G-TEST12345";
    /** A Measurement Protocol API secret made for these tests; it must never show up in a reason or log line. */
    static final String API_SECRET = "mpSecret-7Hq2_zXw9vKp4LsT";

    private Ga4TestTargets() {}

    /** A sender collecting at {@code peer}'s {@code /mp/collect} and validating at its {@code /debug/mp/collect}. */
    static Ga4Destination destinationAt(RecordingPeer peer, Clock clock) {
        return destinationAt(peer, peer, clock);
    }

    /** A sender collecting at {@code collect} and validating at {@code validation}, waiting 2 s at most. */
    static Ga4Destination destinationAt(RecordingPeer collect, RecordingPeer validation, Clock clock) {
        return new Ga4Destination(
                Ga4DestinationSettings.defaults()
                        .withEndpoints(
                                new Ga4Endpoints(collect.uri("/mp/collect"), validation.uri("/debug/mp/collect")))
                        .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2)),
                clock);
    }

    /** Target {@code analytics} of the given settings on top of {@code measurementId}, with {@link #API_SECRET}. */
    static DestinationTarget target(String... settings) {
        return target(DestinationSecret.of(API_SECRET), settings);
    }

    static DestinationTarget target(DestinationSecret secret, String... settings) {
        Map<String, String> map = new HashMap<>();
        map.put("measurementId", MEASUREMENT_ID);
        for (int i = 0; i < settings.length; i += 2) {
            if (settings[i + 1] == null) {
                map.remove(settings[i]);
            } else {
                map.put(settings[i], settings[i + 1]);
            }
        }
        return new DestinationTarget("analytics", DestinationKind.GA4, map, secret);
    }
}
