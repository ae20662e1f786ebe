package dev.orderrelay.destinations.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterHeaderTests {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void readsANumberOfSeconds() {
        assertThat(RetryAfterHeader.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfterHeader.parse(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void readsAnHttpDateAsTheTimeLeftUntilIt() {
        assertThat(RetryAfterHeader.parse("Tue, 24 Nov 2026 12:02:30 GMT", NOW)).contains(Duration.ofSeconds(150));
    }

    @Test
    void asksForNoDelayWhenTheDateHasPassed() {
        assertThat(RetryAfterHeader.parse("Tue, 24 Nov 2026 11:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {"soon", "-5", "1.5", "12345678901", "2026-11-24T12:05:00Z", "Mon, 24 Nov 2026 12:00:00 GMT"})
    void ignoresWhatItCannotRead(String value) {
        assertThat(RetryAfterHeader.parse(value, NOW)).isEmpty();
    }
}
