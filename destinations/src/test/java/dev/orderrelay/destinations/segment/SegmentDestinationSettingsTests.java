package dev.orderrelay.destinations.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SegmentDestinationSettingsTests {

    private final SegmentDestinationSettings defaults = SegmentDestinationSettings.defaults();

    @Test
    void defaultsToSegmentsUsAndEuEndpointsAndItsBatchLimits() {
        assertThat(defaults.batchUri(SegmentRegion.US)).isEqualTo(URI.create("https://api.segment.io/v1/batch"));
        assertThat(defaults.batchUri(SegmentRegion.EU))
                .isEqualTo(URI.create("https://events.eu1.segmentapis.com/v1/batch"));
        assertThat(defaults.maxBatchEvents()).isEqualTo(2500);
        assertThat(defaults.maxBatchBytes()).isEqualTo(500_000);
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.responseTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void keepsAnEndpointsPathAsAPrefixWithoutItsTrailingSlash() {
        SegmentDestinationSettings local = defaults.withEndpoints(
                URI.create("http://127.0.0.1:8099/segment/us/"), URI.create("http://127.0.0.1:8099/segment/eu"));

        assertThat(local.batchUri(SegmentRegion.US)).isEqualTo(URI.create("http://127.0.0.1:8099/segment/us/v1/batch"));
        assertThat(local.batchUri(SegmentRegion.EU)).isEqualTo(URI.create("http://127.0.0.1:8099/segment/eu/v1/batch"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://api.segment.io",
                "api.segment.io",
                "https://api.segment.io?writeKey=x",
                "https://api.segment.io#top",
                "https://user:pass@api.segment.io"
            })
    void namesAnEndpointThatIsNoPlainHttpUri(String endpoint) {
        assertThatThrownBy(() -> defaults.withEndpoints(URI.create("https://api.segment.io"), URI.create(endpoint)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'euEndpoint'");
        assertThatThrownBy(() -> defaults.withEndpoints(null, URI.create("https://api.segment.io")))
                .hasMessageContaining("'usEndpoint' must be set");
    }

    @Test
    void namesATimeoutThatIsMissingZeroOrTooLong() {
        assertThatThrownBy(() -> defaults.withTimeouts(null, Duration.ofSeconds(1)))
                .hasMessageContaining("'connectTimeout' must be set");
        assertThatThrownBy(() -> defaults.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("'connectTimeout'");
        assertThatThrownBy(() -> defaults.withTimeouts(Duration.ofSeconds(1), Duration.ofMinutes(6)))
                .hasMessageContaining("'responseTimeout'");
    }

    @ParameterizedTest(name = "{0} events, {1} bytes -> {2}")
    @CsvSource({
        "0, 500000, maxBatchEvents",
        "2501, 500000, maxBatchEvents",
        "100, 500001, maxBatchBytes",
        "100, 32779, maxBatchBytes"
    })
    void namesABatchLimitBeyondSegmentsOwn(int events, int bytes, String setting) {
        assertThatThrownBy(() -> defaults.withBatchLimits(events, bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + setting + "'");
    }

    @Test
    void takesTheSmallestBatchThatStillHoldsTheLargestEvent() {
        assertThat(defaults.withBatchLimits(1, SegmentDestinationSettings.MIN_BATCH_BYTES)
                        .maxBatchBytes())
                .isEqualTo(SegmentBatches.bodySizeOfOne(SegmentDestinationSettings.MAX_EVENT_BYTES));
    }

    @Test
    void namesAConnectionLimitBelowOne() {
        assertThatThrownBy(() -> new SegmentDestinationSettings(
                        URI.create("https://api.segment.io"),
                        URI.create("https://events.eu1.segmentapis.com"),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1),
                        10,
                        500_000,
                        0))
                .hasMessageContaining("'maxConnections'");
    }
}
