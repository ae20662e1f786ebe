package dev.orderrelay.devstack.destinations.ga4;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * GA4's window for {@code timestamp_micros}, on the request or an event: at most 72 hours back, and not ahead of the
 * peer's clock (give or take a minute of skew between the sender's clock and ours).
 */
final class Ga4Timestamps {

    static final Duration MAX_BACKDATE = Duration.ofHours(72);
    static final Duration SKEW = Duration.ofMinutes(1);

    private final Clock clock;

    Ga4Timestamps(Clock clock) {
        this.clock = clock;
    }

    /** The problem with the {@code timestamp_micros} at {@code path}, if any; an absent one is fine. */
    Optional<ValidationMessage> check(String path, JsonNode value) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        BigInteger micros = micros(value);
        if (micros == null || micros.signum() < 0) {
            return Optional.of(new ValidationMessage(
                    path, "timestamp_micros must be a whole number of microseconds", ValidationCode.VALUE_INVALID));
        }
        BigInteger[] parts = micros.divideAndRemainder(BigInteger.valueOf(1_000_000));
        if (parts[0].bitLength() > 40) {
            return Optional.of(tooFar(path, "is out of range"));
        }
        Instant at = Instant.ofEpochSecond(parts[0].longValueExact(), parts[1].longValueExact() * 1_000);
        Instant now = clock.instant();
        if (at.isAfter(now.plus(SKEW))) {
            return Optional.of(tooFar(path, "is in the future"));
        }
        if (at.isBefore(now.minus(MAX_BACKDATE))) {
            return Optional.of(tooFar(path, "is more than 72 hours in the past"));
        }
        return Optional.empty();
    }

    private static ValidationMessage tooFar(String path, String what) {
        return new ValidationMessage(path, "timestamp_micros " + what, ValidationCode.VALUE_OUT_OF_BOUNDS);
    }

    private static BigInteger micros(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue();
        }
        if (value.isString() && value.stringValue().matches("[0-9]{1,20}")) {
            return new BigInteger(value.stringValue());
        }
        return null;
    }
}
