package dev.orderrelay.destinations;

import java.util.Objects;

/**
 * A destination credential (a signing secret, an API key), resolved by the caller from the shop's credentials
 * reference just before a send. Not a record, and masked in {@link #toString()}, so it cannot reach a log line, an
 * exception message or an assertion failure by accident; only a sender calls {@link #reveal()}.
 */
public final class DestinationSecret {

    private static final DestinationSecret NONE = new DestinationSecret("");

    private final String value;

    private DestinationSecret(String value) {
        this.value = value;
    }

    /**
     * The secret as the destination issued it.
     *
     * @throws IllegalArgumentException when it is blank: a missing secret is {@link #none()}
     */
    public static DestinationSecret of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a destination secret must not be blank; use DestinationSecret.none()");
        }
        return new DestinationSecret(value);
    }

    /** For a destination configured without a credential; senders that need one reject the event. */
    public static DestinationSecret none() {
        return NONE;
    }

    public boolean isPresent() {
        return !value.isEmpty();
    }

    /** The secret itself, for the one place that signs or authenticates with it. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return isPresent() ? "DestinationSecret[****]" : "DestinationSecret[none]";
    }
}
