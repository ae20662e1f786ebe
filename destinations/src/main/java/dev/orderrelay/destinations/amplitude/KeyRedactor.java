package dev.orderrelay.destinations.amplitude;

import dev.orderrelay.destinations.DestinationSecret;

/**
 * Takes a target's API key out of text Amplitude sent back before the text reaches a reason or a log line: Amplitude
 * quotes the key in some errors (its SDKs match {@code "Invalid API key: ..."}). Masked in {@link #toString()}.
 */
final class KeyRedactor {

    static final String MASK = "****";

    private final String key;

    KeyRedactor(DestinationSecret secret) {
        this.key = secret.reveal();
    }

    String redact(String text) {
        return key.isEmpty() ? text : text.replace(key, MASK);
    }

    @Override
    public String toString() {
        return "KeyRedactor[****]";
    }
}
