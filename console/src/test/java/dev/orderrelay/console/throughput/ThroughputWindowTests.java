package dev.orderrelay.console.throughput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThroughputWindowTests {

    private static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");

    @Test
    void coversTheTwentyFourHoursEndingWithTheCurrentHourByDefault() {
        ThroughputWindow window = ThroughputWindow.of(null, null, NOW);

        assertThat(window.from()).isEqualTo("2026-11-23T11:00:00Z");
        assertThat(window.to()).isEqualTo("2026-11-24T11:00:00Z");
    }

    @Test
    void countsTheHourStartingNowAsTheCurrentHour() {
        ThroughputWindow window = ThroughputWindow.of("", "", Instant.parse("2026-11-24T10:00:00Z"));

        assertThat(window.to()).isEqualTo("2026-11-24T11:00:00Z");
    }

    @Test
    void startsTwentyFourHoursBeforeAGivenEnd() {
        ThroughputWindow window = ThroughputWindow.of(null, "2026-11-20T12:00:00Z", NOW);

        assertThat(window.from()).isEqualTo("2026-11-19T12:00:00Z");
        assertThat(window.to()).isEqualTo("2026-11-20T12:00:00Z");
    }

    @Test
    void widensAGivenWindowToWholeHours() {
        ThroughputWindow window = ThroughputWindow.of("2026-11-20T08:59:59Z", "2026-11-20T10:00:01Z", NOW);

        assertThat(window.from()).isEqualTo("2026-11-20T08:00:00Z");
        assertThat(window.to()).isEqualTo("2026-11-20T11:00:00Z");
    }

    @Test
    void refusesAWindowLongerThanThirtyOneDaysOnceWidened() {
        assertThatThrownBy(() -> ThroughputWindow.of("2026-10-01T00:00:00Z", "2026-11-01T00:00:01Z", NOW))
                .isInstanceOf(InvalidThroughputQueryException.class)
                .hasMessageStartingWith("from: the window 2026-10-01T00:00:00Z to 2026-11-01T01:00:00Z");
    }
}
