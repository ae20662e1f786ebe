package dev.orderrelay.devstack.destinations;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a request against the Standard Webhooks signing scheme: HMAC-SHA256 over {@code id.timestamp.body}, any
 * {@code v1} entry of the space-separated signature list may match, and the timestamp must lie within five minutes of
 * the injected clock either way so a captured request cannot be replayed later. Written here, apart from order-relay's
 * signer, so a bug there cannot pass by being on both sides.
 */
final class StandardWebhookVerifier {

    static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "v1,";

    private final Clock clock;

    StandardWebhookVerifier(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    SignatureVerdict verify(WebhookSecret secret, String id, String timestamp, String signatures, byte[] body) {
        if (isBlank(id) || isBlank(timestamp) || isBlank(signatures)) {
            return SignatureVerdict.MISSING_HEADER;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return SignatureVerdict.MALFORMED_TIMESTAMP;
        }
        if (!withinTolerance(seconds)) {
            return SignatureVerdict.TIMESTAMP_OUT_OF_TOLERANCE;
        }
        byte[] expected = mac(secret, id + "." + timestamp.strip() + ".", body);
        boolean matched = false;
        // Check every entry rather than stopping at the first match, so timing does not tell which one matched.
        for (String entry : signatures.strip().split(" +")) {
            matched |= matches(entry, expected);
        }
        return matched ? SignatureVerdict.VALID : SignatureVerdict.NO_MATCHING_SIGNATURE;
    }

    private boolean withinTolerance(long seconds) {
        Instant now = clock.instant();
        Instant sent;
        try {
            sent = Instant.ofEpochSecond(seconds);
        } catch (DateTimeException e) {
            return false;
        }
        return !sent.isBefore(now.minus(TOLERANCE)) && !sent.isAfter(now.plus(TOLERANCE));
    }

    private static boolean matches(String entry, byte[] expected) {
        if (!entry.startsWith(VERSION)) {
            // Other versions (v1a and later) are not ours to judge; the spec says to skip them.
            return false;
        }
        byte[] candidate;
        try {
            candidate = Base64.getDecoder().decode(entry.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, candidate);
    }

    private static byte[] mac(WebhookSecret secret, String prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.key(), ALGORITHM));
            mac.update(prefix.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
