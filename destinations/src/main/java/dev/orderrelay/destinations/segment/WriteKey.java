package dev.orderrelay.destinations.segment;

import dev.orderrelay.destinations.DestinationSecret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A Segment source's write key, used the one way Segment documents for HTTP Basic authentication: the key as user
 * name and an empty password. Masked in {@link #toString()}, and able to scrub itself from text that came back from
 * the far end, so an answer that echoes the key cannot carry it into a reason or a log line.
 */
final class WriteKey {

    private static final String MASK = "****";

    private final String key;

    private WriteKey(String key) {
        this.key = key;
    }

    /** The write key a target's secret holds; the caller has checked it is present. */
    static WriteKey of(DestinationSecret secret) {
        if (!secret.isPresent()) {
            throw new IllegalArgumentException("no write key");
        }
        return new WriteKey(secret.reveal().strip());
    }

    /** The {@code Authorization} header's value: {@code Basic} and base64 of the key and a colon. */
    String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }

    /** {@code text} with the key, alone or in its Basic form, replaced by a mask. */
    String redact(String text) {
        String encoded = authorization().substring("Basic ".length());
        return text.replace(key, MASK).replace(encoded, MASK);
    }

    @Override
    public String toString() {
        return "WriteKey[" + MASK + "]";
    }
}
