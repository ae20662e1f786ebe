package dev.orderrelay.destinations.amplitude;

import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.FailureScope;
import dev.orderrelay.destinations.RetryLater;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Which events of a request Amplitude throttled (429), and how long each waits. Amplitude throttles users and devices,
 * not projects: it asks to pause an id sending over the project's events-per-second threshold for 30 s, and an id over
 * its daily quota gets nothing more until the quota resets, taken here as the next UTC midnight. Only those events
 * wait ({@link FailureScope#EVENT}); the others of the request are sent again.
 */
final class AmplitudeThrottling {

    /** How long Amplitude asks a throttled user or device to pause. */
    static final Duration THROTTLED_ID_PAUSE = Duration.ofSeconds(30);

    private final Clock clock;

    AmplitudeThrottling(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The outcome of the event at {@code index} of a throttled request; empty when Amplitude did not name it. */
    Optional<DeliveryOutcome> outcome(AmplitudeErrorBody body, int index, PendingEvent event, String destination) {
        AmplitudeIds ids = event.ids();
        boolean overQuota = body.quotaUsers().stream().anyMatch(ids::isUser)
                || body.quotaDevices().stream().anyMatch(ids::isDevice);
        if (overQuota) {
            return Optional.of(RetryLater.after(
                    untilNextUtcDay(),
                    event.describe(destination) + ": Amplitude answered HTTP 429: its user or device used up its"
                            + " daily event quota; it waits for the next UTC day",
                    FailureScope.EVENT));
        }
        boolean throttled = body.throttledEvents().contains(index)
                || body.throttledUsers().stream().anyMatch(ids::isUser)
                || body.throttledDevices().stream().anyMatch(ids::isDevice);
        if (!throttled) {
            return Optional.empty();
        }
        return Optional.of(RetryLater.after(
                THROTTLED_ID_PAUSE,
                event.describe(destination) + ": Amplitude answered HTTP 429: its user or device sends more events"
                        + " per second than the project allows; it pauses for 30 s as Amplitude asks",
                FailureScope.EVENT));
    }

    private Duration untilNextUtcDay() {
        Instant now = clock.instant();
        Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC)
                .plusDays(1)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        Duration wait = Duration.between(now, midnight);
        return wait.compareTo(THROTTLED_ID_PAUSE) < 0 ? THROTTLED_ID_PAUSE : wait;
    }
}
